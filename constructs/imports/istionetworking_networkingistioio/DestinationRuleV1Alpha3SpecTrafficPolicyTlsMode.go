package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode string

const (
	// DISABLE.
	DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode_DISABLE DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode_SIMPLE DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode_MUTUAL DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleV1Alpha3SpecTrafficPolicyTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

