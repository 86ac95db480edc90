package istionetworking_networkingistioio


// The PROXY protocol version to use.
//
// Valid Options: V1, V2.
type DestinationRuleSpecTrafficPolicyProxyProtocolVersion string

const (
	// V1.
	DestinationRuleSpecTrafficPolicyProxyProtocolVersion_V1 DestinationRuleSpecTrafficPolicyProxyProtocolVersion = "V1"
	// V2.
	DestinationRuleSpecTrafficPolicyProxyProtocolVersion_V2 DestinationRuleSpecTrafficPolicyProxyProtocolVersion = "V2"
)

