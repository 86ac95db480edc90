package istionetworking_networkingistioio


type DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash struct {
	// Hash based on HTTP cookie.
	HttpCookie *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie `field:"optional" json:"httpCookie" yaml:"httpCookie"`
	// Hash based on a specific HTTP header.
	HttpHeaderName *string `field:"optional" json:"httpHeaderName" yaml:"httpHeaderName"`
	// Hash based on a specific HTTP query parameter.
	HttpQueryParameterName *string `field:"optional" json:"httpQueryParameterName" yaml:"httpQueryParameterName"`
	// The Maglev load balancer implements consistent hashing to backend hosts.
	Maglev *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev `field:"optional" json:"maglev" yaml:"maglev"`
	// Deprecated.
	MinimumRingSize *float64 `field:"optional" json:"minimumRingSize" yaml:"minimumRingSize"`
	// The ring/modulo hash load balancer implements consistent hashing to backend hosts.
	RingHash *DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash `field:"optional" json:"ringHash" yaml:"ringHash"`
	// Hash based on the source IP address.
	UseSourceIp *bool `field:"optional" json:"useSourceIp" yaml:"useSourceIp"`
}

