package istionetworking_networkingistioio


// The PROXY protocol version to use.
//
// Valid Options: V1, V2.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion string

const (
	// V1.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion_V1 DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion = "V1"
	// V2.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion_V2 DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyProxyProtocolVersion = "V2"
)

