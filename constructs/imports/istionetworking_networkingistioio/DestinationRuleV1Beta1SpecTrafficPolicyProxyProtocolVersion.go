package istionetworking_networkingistioio


// The PROXY protocol version to use.
//
// Valid Options: V1, V2.
type DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion string

const (
	// V1.
	DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion_V1 DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion = "V1"
	// V2.
	DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion_V2 DestinationRuleV1Beta1SpecTrafficPolicyProxyProtocolVersion = "V2"
)

