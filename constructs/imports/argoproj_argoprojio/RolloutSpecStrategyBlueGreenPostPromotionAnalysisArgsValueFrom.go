package argoproj_argoprojio


// ValueFrom A reference to where the value is stored.
//
// This field is a one of field with valueFrom.
type RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom struct {
	// FieldRef.
	FieldRef *RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	// PodTemplateHashValue gets the value from one of the children ReplicaSet's Pod Template Hash.
	PodTemplateHashValue *string `field:"optional" json:"podTemplateHashValue" yaml:"podTemplateHashValue"`
}

