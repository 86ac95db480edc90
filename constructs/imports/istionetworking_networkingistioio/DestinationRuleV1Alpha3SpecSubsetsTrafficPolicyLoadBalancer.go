package istionetworking_networkingistioio


// Settings controlling the load balancer algorithms.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancer struct {
	ConsistentHash *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerConsistentHash `field:"optional" json:"consistentHash" yaml:"consistentHash"`
	LocalityLbSetting *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting `field:"optional" json:"localityLbSetting" yaml:"localityLbSetting"`
	// Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
	Simple DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerSimple `field:"optional" json:"simple" yaml:"simple"`
	// Represents the warmup configuration of Service.
	Warmup *DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyLoadBalancerWarmup `field:"optional" json:"warmup" yaml:"warmup"`
	// Deprecated: use `warmup` instead.
	WarmupDurationSecs *string `field:"optional" json:"warmupDurationSecs" yaml:"warmupDurationSecs"`
}

