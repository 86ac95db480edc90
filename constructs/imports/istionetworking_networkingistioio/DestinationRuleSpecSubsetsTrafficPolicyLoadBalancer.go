package istionetworking_networkingistioio


// Settings controlling the load balancer algorithms.
type DestinationRuleSpecSubsetsTrafficPolicyLoadBalancer struct {
	ConsistentHash *DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerConsistentHash `field:"optional" json:"consistentHash" yaml:"consistentHash"`
	LocalityLbSetting *DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerLocalityLbSetting `field:"optional" json:"localityLbSetting" yaml:"localityLbSetting"`
	// Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
	Simple DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerSimple `field:"optional" json:"simple" yaml:"simple"`
	// Represents the warmup configuration of Service.
	Warmup *DestinationRuleSpecSubsetsTrafficPolicyLoadBalancerWarmup `field:"optional" json:"warmup" yaml:"warmup"`
	// Deprecated: use `warmup` instead.
	WarmupDurationSecs *string `field:"optional" json:"warmupDurationSecs" yaml:"warmupDurationSecs"`
}

