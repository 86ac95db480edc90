package istionetworking_networkingistioio


// Settings controlling the load balancer algorithms.
type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancer struct {
	ConsistentHash *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerConsistentHash `field:"optional" json:"consistentHash" yaml:"consistentHash"`
	LocalityLbSetting *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting `field:"optional" json:"localityLbSetting" yaml:"localityLbSetting"`
	// Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
	Simple DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerSimple `field:"optional" json:"simple" yaml:"simple"`
	// Represents the warmup configuration of Service.
	Warmup *DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerWarmup `field:"optional" json:"warmup" yaml:"warmup"`
	// Deprecated: use `warmup` instead.
	WarmupDurationSecs *string `field:"optional" json:"warmupDurationSecs" yaml:"warmupDurationSecs"`
}

