package argoproj_argoprojio


// Secret is a reference to where a secret is stored.
//
// This field is one of the fields with valueFrom.
type AnalysisTemplateSpecArgsValueFromSecretKeyRef struct {
	// Key is the key of the secret to select from.
	Key *string `field:"required" json:"key" yaml:"key"`
	// Name is the name of the secret.
	Name *string `field:"required" json:"name" yaml:"name"`
}

