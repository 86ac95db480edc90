package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode string

const (
	// DISABLE.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_DISABLE DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_SIMPLE DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_MUTUAL DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleV1Alpha3SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

