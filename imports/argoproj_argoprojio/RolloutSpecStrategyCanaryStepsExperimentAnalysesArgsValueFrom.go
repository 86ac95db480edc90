package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom struct {
	FieldRef *RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	PodTemplateHashValue *string `field:"optional" json:"podTemplateHashValue" yaml:"podTemplateHashValue"`
}

