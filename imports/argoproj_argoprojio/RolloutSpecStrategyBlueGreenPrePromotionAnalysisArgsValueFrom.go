package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom struct {
	FieldRef *RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	PodTemplateHashValue *string `field:"optional" json:"podTemplateHashValue" yaml:"podTemplateHashValue"`
}

