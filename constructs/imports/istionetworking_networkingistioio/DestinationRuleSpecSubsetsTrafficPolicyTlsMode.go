package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleSpecSubsetsTrafficPolicyTlsMode string

const (
	// DISABLE.
	DestinationRuleSpecSubsetsTrafficPolicyTlsMode_DISABLE DestinationRuleSpecSubsetsTrafficPolicyTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleSpecSubsetsTrafficPolicyTlsMode_SIMPLE DestinationRuleSpecSubsetsTrafficPolicyTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleSpecSubsetsTrafficPolicyTlsMode_MUTUAL DestinationRuleSpecSubsetsTrafficPolicyTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleSpecSubsetsTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleSpecSubsetsTrafficPolicyTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

