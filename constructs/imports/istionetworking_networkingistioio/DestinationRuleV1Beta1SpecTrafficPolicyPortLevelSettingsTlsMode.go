package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode string

const (
	// DISABLE.
	DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode_DISABLE DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode_SIMPLE DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode_MUTUAL DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

