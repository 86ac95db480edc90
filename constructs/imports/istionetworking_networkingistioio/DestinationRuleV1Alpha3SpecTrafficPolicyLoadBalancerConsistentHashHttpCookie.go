package istionetworking_networkingistioio


// Hash based on HTTP cookie.
type DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashHttpCookie struct {
	// Name of the cookie.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Additional attributes for the cookie.
	Attributes *[]*DestinationRuleV1Alpha3SpecTrafficPolicyLoadBalancerConsistentHashHttpCookieAttributes `field:"optional" json:"attributes" yaml:"attributes"`
	// Path to set for the cookie.
	Path *string `field:"optional" json:"path" yaml:"path"`
	// Lifetime of the cookie.
	Ttl *string `field:"optional" json:"ttl" yaml:"ttl"`
}

