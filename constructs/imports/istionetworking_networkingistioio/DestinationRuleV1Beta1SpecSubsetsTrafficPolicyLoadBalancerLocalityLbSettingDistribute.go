package istionetworking_networkingistioio


type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyLoadBalancerLocalityLbSettingDistribute struct {
	// Originating locality, '/' separated, e.g.
	From *string `field:"optional" json:"from" yaml:"from"`
	// Map of upstream localities to traffic distribution weights.
	To *map[string]*float64 `field:"optional" json:"to" yaml:"to"`
}

