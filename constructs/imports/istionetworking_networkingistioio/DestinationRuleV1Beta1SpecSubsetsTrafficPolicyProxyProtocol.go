package istionetworking_networkingistioio


// The upstream PROXY protocol settings.
type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocol struct {
	// The PROXY protocol version to use.
	//
	// Valid Options: V1, V2.
	Version DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion `field:"optional" json:"version" yaml:"version"`
}

