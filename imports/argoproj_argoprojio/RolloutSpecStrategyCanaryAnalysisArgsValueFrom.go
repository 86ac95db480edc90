package argoproj_argoprojio


type RolloutSpecStrategyCanaryAnalysisArgsValueFrom struct {
	FieldRef *RolloutSpecStrategyCanaryAnalysisArgsValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	PodTemplateHashValue *string `field:"optional" json:"podTemplateHashValue" yaml:"podTemplateHashValue"`
}

