package istionetworking_networkingistioio


// Settings controlling the load balancer algorithms.
type DestinationRuleSpecTrafficPolicyLoadBalancer struct {
	ConsistentHash *DestinationRuleSpecTrafficPolicyLoadBalancerConsistentHash `field:"optional" json:"consistentHash" yaml:"consistentHash"`
	LocalityLbSetting *DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSetting `field:"optional" json:"localityLbSetting" yaml:"localityLbSetting"`
	// Valid Options: LEAST_CONN, RANDOM, PASSTHROUGH, ROUND_ROBIN, LEAST_REQUEST.
	Simple DestinationRuleSpecTrafficPolicyLoadBalancerSimple `field:"optional" json:"simple" yaml:"simple"`
	// Represents the warmup configuration of Service.
	Warmup *DestinationRuleSpecTrafficPolicyLoadBalancerWarmup `field:"optional" json:"warmup" yaml:"warmup"`
	// Deprecated: use `warmup` instead.
	WarmupDurationSecs *string `field:"optional" json:"warmupDurationSecs" yaml:"warmupDurationSecs"`
}

