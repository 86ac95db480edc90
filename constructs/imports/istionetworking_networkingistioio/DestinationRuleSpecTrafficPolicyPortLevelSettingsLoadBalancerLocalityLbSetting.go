package istionetworking_networkingistioio


type DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting struct {
	// Optional: only one of distribute, failover or failoverPriority can be set.
	Distribute *[]*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute `field:"optional" json:"distribute" yaml:"distribute"`
	// Enable locality load balancing.
	Enabled *bool `field:"optional" json:"enabled" yaml:"enabled"`
	// Optional: only one of distribute, failover or failoverPriority can be set.
	Failover *[]*DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover `field:"optional" json:"failover" yaml:"failover"`
	// failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.
	FailoverPriority *[]*string `field:"optional" json:"failoverPriority" yaml:"failoverPriority"`
}

