package istionetworking_networkingistioio


type DestinationRuleSpecTrafficPolicyLoadBalancerLocalityLbSettingFailover struct {
	// Originating region.
	From *string `field:"optional" json:"from" yaml:"from"`
	// Destination region the traffic will fail over to when endpoints in the 'from' region becomes unhealthy.
	To *string `field:"optional" json:"to" yaml:"to"`
}

