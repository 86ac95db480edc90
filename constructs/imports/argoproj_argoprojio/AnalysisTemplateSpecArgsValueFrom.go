package argoproj_argoprojio


// ValueFrom is a reference to where a secret is stored.
//
// This field is one of the fields with valueFrom.
type AnalysisTemplateSpecArgsValueFrom struct {
	// FieldRef is a reference to the fields in metadata which we are referencing.
	//
	// This field is one of the fields with
	// valueFrom.
	FieldRef *AnalysisTemplateSpecArgsValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	// Secret is a reference to where a secret is stored.
	//
	// This field is one of the fields with valueFrom.
	SecretKeyRef *AnalysisTemplateSpecArgsValueFromSecretKeyRef `field:"optional" json:"secretKeyRef" yaml:"secretKeyRef"`
}

