package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode string

const (
	// DISABLE.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode_DISABLE DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode_SIMPLE DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode_MUTUAL DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleV1Beta1SpecSubsetsTrafficPolicyTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

