package istionetworking_networkingistioio


// The upstream PROXY protocol settings.
type DestinationRuleSpecTrafficPolicyProxyProtocol struct {
	// The PROXY protocol version to use.
	//
	// Valid Options: V1, V2.
	Version DestinationRuleSpecTrafficPolicyProxyProtocolVersion `field:"optional" json:"version" yaml:"version"`
}

