package istionetworking_networkingistioio


// The Maglev load balancer implements consistent hashing to backend hosts.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev struct {
	// The table size for Maglev hashing.
	TableSize *float64 `field:"optional" json:"tableSize" yaml:"tableSize"`
}

