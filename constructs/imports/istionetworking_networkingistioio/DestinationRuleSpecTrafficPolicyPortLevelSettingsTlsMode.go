package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode string

const (
	// DISABLE.
	DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode_DISABLE DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode_SIMPLE DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode_MUTUAL DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleSpecTrafficPolicyPortLevelSettingsTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

