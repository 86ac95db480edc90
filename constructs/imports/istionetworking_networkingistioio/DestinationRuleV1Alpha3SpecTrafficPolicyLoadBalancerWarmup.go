package istionetworking_networkingistioio


// Represents the warmup configuration of Service.
type DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerWarmup struct {
	Duration *string `field:"required" json:"duration" yaml:"duration"`
	// This parameter controls the speed of traffic increase over the warmup duration.
	Aggression *float64 `field:"optional" json:"aggression" yaml:"aggression"`
	MinimumPercent *float64 `field:"optional" json:"minimumPercent" yaml:"minimumPercent"`
}

