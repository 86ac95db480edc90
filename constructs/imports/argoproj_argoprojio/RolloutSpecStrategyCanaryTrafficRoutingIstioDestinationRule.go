package argoproj_argoprojio


// DestinationRule references an Istio DestinationRule to modify to shape traffic.
type RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule struct {
	// CanarySubsetName is the subset name to modify labels with canary ReplicaSet pod template hash value.
	CanarySubsetName *string `field:"required" json:"canarySubsetName" yaml:"canarySubsetName"`
	// Name holds the name of the DestinationRule.
	Name *string `field:"required" json:"name" yaml:"name"`
	// StableSubsetName is the subset name to modify labels with stable ReplicaSet pod template hash value.
	StableSubsetName *string `field:"required" json:"stableSubsetName" yaml:"stableSubsetName"`
	// AdditionalSubsetNames contains a list of additional names for subset DestinationRules that are not controlled by Argo Rollouts.
	AdditionalSubsetNames *[]*string `field:"optional" json:"additionalSubsetNames" yaml:"additionalSubsetNames"`
}

