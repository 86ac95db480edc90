package istionetworking_networkingistioio


// The PROXY protocol version to use.
//
// Valid Options: V1, V2.
type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion string

const (
	// V1.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion_V1 DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion = "V1"
	// V2.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion_V2 DestinationRuleV1Beta1SpecSubsetsTrafficPolicyProxyProtocolVersion = "V2"
)

