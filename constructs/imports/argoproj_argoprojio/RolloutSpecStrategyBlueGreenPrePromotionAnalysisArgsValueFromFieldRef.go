package argoproj_argoprojio


// FieldRef.
type RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFromFieldRef struct {
	// Required: Path of the field to select in the specified API version.
	FieldPath *string `field:"required" json:"fieldPath" yaml:"fieldPath"`
}

