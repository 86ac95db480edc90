package istionetworking_networkingistioio


// The upstream PROXY protocol settings.
type DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocol struct {
	// The PROXY protocol version to use.
	//
	// Valid Options: V1, V2.
	Version DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion `field:"optional" json:"version" yaml:"version"`
}

