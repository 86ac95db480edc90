package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode string

const (
	// DISABLE.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode_DISABLE DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode_SIMPLE DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode_MUTUAL DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

