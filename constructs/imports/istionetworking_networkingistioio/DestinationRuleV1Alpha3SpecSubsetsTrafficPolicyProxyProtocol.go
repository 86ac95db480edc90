package istionetworking_networkingistioio


// The upstream PROXY protocol settings.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocol struct {
	// The PROXY protocol version to use.
	//
	// Valid Options: V1, V2.
	Version DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion `field:"optional" json:"version" yaml:"version"`
}

