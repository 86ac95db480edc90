package istionetworking_networkingistioio


// The ring/modulo hash load balancer implements consistent hashing to backend hosts.
type DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash struct {
	// The minimum number of virtual nodes to use for the hash ring.
	MinimumRingSize *float64 `field:"optional" json:"minimumRingSize" yaml:"minimumRingSize"`
}

