package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom struct {
	FieldRef *RolloutSpecStrategyCanaryStepsAnalysisArgsValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	PodTemplateHashValue *string `field:"optional" json:"podTemplateHashValue" yaml:"podTemplateHashValue"`
}

