package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef struct {
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
}

