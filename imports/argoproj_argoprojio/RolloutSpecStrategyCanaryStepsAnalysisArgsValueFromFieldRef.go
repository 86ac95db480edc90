package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef struct {
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
}

