package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode string

const (
	// DISABLE.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_DISABLE DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_SIMPLE DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_MUTUAL DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleV1Beta1SpecSubsetsTrafficPolicyPortLevelSettingsTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

