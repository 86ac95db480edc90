package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleV1Beta1SpecTrafficPolicyTlsMode string

const (
	// DISABLE.
	DestinationRuleV1Beta1SpecTrafficPolicyTlsMode_DISABLE DestinationRuleV1Beta1SpecTrafficPolicyTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleV1Beta1SpecTrafficPolicyTlsMode_SIMPLE DestinationRuleV1Beta1SpecTrafficPolicyTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleV1Beta1SpecTrafficPolicyTlsMode_MUTUAL DestinationRuleV1Beta1SpecTrafficPolicyTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleV1Beta1SpecTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleV1Beta1SpecTrafficPolicyTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

