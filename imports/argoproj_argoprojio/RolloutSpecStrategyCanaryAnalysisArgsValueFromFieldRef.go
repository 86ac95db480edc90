package argoproj_argoprojio


type RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef struct {
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
}

