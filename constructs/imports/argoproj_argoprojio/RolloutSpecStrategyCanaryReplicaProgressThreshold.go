package argoproj_argoprojio


// ReplicaProgressThreshold is the threhold number or percentage of pods that need to be available before a rollout promotion.
//
// Defaults to 100% of total replicas.
// Default: 100% of total replicas.
//
type RolloutSpecStrategyCanaryReplicaProgressThreshold struct {
	// Type is used to specify whether the replica progress threshold is a percentage or a number.
	//
	// Required if replicaProgressThreshold is specified.
	Type *string `field:"required" json:"type" yaml:"type"`
	// Value contains the user-specified value for when a Argo Rollouts can promote a canary to the next step.
	//
	// If not satisfied, this value will be assumed to be 100% of the total desired replicas for the given next step.
	// Value must also be greater than 0. Required.
	Value *float64 `field:"required" json:"value" yaml:"value"`
}

