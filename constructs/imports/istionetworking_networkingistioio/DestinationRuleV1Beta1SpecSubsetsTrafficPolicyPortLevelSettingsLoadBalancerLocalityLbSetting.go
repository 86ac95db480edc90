package istionetworking_networkingistioio


type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSetting struct {
	// Optional: only one of distribute, failover or failoverPriority can be set.
	Distribute *[]*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingDistribute `field:"optional" json:"distribute" yaml:"distribute"`
	// Enable locality load balancing.
	Enabled *bool `field:"optional" json:"enabled" yaml:"enabled"`
	// Optional: only one of distribute, failover or failoverPriority can be set.
	Failover *[]*DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsLoadBalancerLocalityLbSettingFailover `field:"optional" json:"failover" yaml:"failover"`
	// failoverPriority is an ordered list of labels used to sort endpoints to do priority based load balancing.
	FailoverPriority *[]*string `field:"optional" json:"failoverPriority" yaml:"failoverPriority"`
}

