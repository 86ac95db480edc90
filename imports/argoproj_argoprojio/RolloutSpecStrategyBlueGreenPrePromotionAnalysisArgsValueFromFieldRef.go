package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef struct {
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
}

