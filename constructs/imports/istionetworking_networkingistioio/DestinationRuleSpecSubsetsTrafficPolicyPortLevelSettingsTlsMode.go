package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode string

const (
	// DISABLE.
	DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_DISABLE DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_SIMPLE DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_MUTUAL DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

