package istionetworking_networkingistioio


type DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHash struct {
	// Hash based on HTTP cookie.
	HttpCookie *DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashHttpCookie `field:"optional" json:"httpCookie" yaml:"httpCookie"`
	// Hash based on a specific HTTP header.
	HttpHeaderName *string `field:"optional" json:"httpHeaderName" yaml:"httpHeaderName"`
	// Hash based on a specific HTTP query parameter.
	HttpQueryParameterName *string `field:"optional" json:"httpQueryParameterName" yaml:"httpQueryParameterName"`
	// The Maglev load balancer implements consistent hashing to backend hosts.
	Maglev *DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashMaglev `field:"optional" json:"maglev" yaml:"maglev"`
	// Deprecated.
	MinimumRingSize *float64 `field:"optional" json:"minimumRingSize" yaml:"minimumRingSize"`
	// The ring/modulo hash load balancer implements consistent hashing to backend hosts.
	RingHash *DestinationRuleSpecTrafficPolicyPortLevelSettingsLoadBalancerConsistentHashRingHash `field:"optional" json:"ringHash" yaml:"ringHash"`
	// Hash based on the source IP address.
	UseSourceIp *bool `field:"optional" json:"useSourceIp" yaml:"useSourceIp"`
}

