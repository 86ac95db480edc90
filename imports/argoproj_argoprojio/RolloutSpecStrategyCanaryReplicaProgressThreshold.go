package argoproj_argoprojio


type RolloutSpecStrategyCanaryReplicaProgressThreshold struct {
	Type *string `field:"required" json:"type" yaml:"type"`
	Value *float64 `field:"required" json:"value" yaml:"value"`
}

