package istionetworking_networkingistioio


// The PROXY protocol version to use.
//
// Valid Options: V1, V2.
type DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion string

const (
	// V1.
	DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion_V1 DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion = "V1"
	// V2.
	DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion_V2 DestinationRuleSpecSubsetsTrafficPolicyProxyProtocolVersion = "V2"
)

