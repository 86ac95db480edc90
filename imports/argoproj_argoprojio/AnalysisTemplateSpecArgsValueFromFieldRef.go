package argoproj_argoprojio


type AnalysisTemplateSpecArgsValueFromFieldRef struct {
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
}

