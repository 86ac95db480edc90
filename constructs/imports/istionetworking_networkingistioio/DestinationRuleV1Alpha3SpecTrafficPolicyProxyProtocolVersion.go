package istionetworking_networkingistioio


// The PROXY protocol version to use.
//
// Valid Options: V1, V2.
type DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion string

const (
	// V1.
	DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion_V1 DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion = "V1"
	// V2.
	DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion_V2 DestinationRuleV1Alpha3SpecTrafficPolicyProxyProtocolVersion = "V2"
)

