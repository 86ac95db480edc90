package argoproj_argoprojio


type RolloutSpecTemplateSpecReadinessGates struct {
	ConditionType *string `field:"required" json:"conditionType" yaml:"conditionType"`
}

