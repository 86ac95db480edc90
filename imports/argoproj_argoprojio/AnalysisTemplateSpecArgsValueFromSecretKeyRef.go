package argoproj_argoprojio


type AnalysisTemplateSpecArgsValueFromSecretKeyRef struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Name *string `field:"required" json:"name" yaml:"name"`
}

