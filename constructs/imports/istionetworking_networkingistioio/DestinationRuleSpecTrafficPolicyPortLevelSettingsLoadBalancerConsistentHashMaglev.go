package istionetworking_networkingistioio


// The Maglev load balancer implements consistent hashing to backend hosts.
type DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev struct {
	// The table size for Maglev hashing.
	TableSize *float64 `field:"optional" json:"tableSize" yaml:"tableSize"`
}

