package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleSpecTrafficPolicyTlsMode string

const (
	// DISABLE.
	DestinationRuleSpecTrafficPolicyTlsMode_DISABLE DestinationRuleSpecTrafficPolicyTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleSpecTrafficPolicyTlsMode_SIMPLE DestinationRuleSpecTrafficPolicyTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleSpecTrafficPolicyTlsMode_MUTUAL DestinationRuleSpecTrafficPolicyTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleSpecTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleSpecTrafficPolicyTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

