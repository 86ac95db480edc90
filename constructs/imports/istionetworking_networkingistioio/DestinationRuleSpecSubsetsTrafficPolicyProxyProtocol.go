package istionetworking_networkingistioio


// The upstream PROXY protocol settings.
type DestinationRuleSpecSubsetsTrafficPolicyProxyProtocol struct {
	// The PROXY protocol version to use.
	//
	// Valid Options: V1, V2.
	Version DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion `field:"optional" json:"version" yaml:"version"`
}

