package istionetworking_networkingistioio


type DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookieAttributes struct {
	// The name of the cookie attribute.
	Name *string `field:"required" json:"name" yaml:"name"`
	// The optional value of the cookie attribute.
	Value *string `field:"optional" json:"value" yaml:"value"`
}

