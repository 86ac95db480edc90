package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef struct {
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
}

