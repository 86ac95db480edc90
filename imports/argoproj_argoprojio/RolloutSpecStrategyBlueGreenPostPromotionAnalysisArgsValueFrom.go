package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom struct {
	FieldRef *RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	PodTemplateHashValue *string `field:"optional" json:"podTemplateHashValue" yaml:"podTemplateHashValue"`
}

