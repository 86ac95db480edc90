package istionetworking_networkingistioio


// Indicates whether connections to this port should be secured using TLS.
//
// Valid Options: DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL.
type DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode string

const (
	// DISABLE.
	DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode_DISABLE DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode = "DISABLE"
	// SIMPLE.
	DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode_SIMPLE DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode = "SIMPLE"
	// MUTUAL.
	DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode_MUTUAL DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode = "MUTUAL"
	// ISTIO_MUTUAL.
	DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode_ISTIO_UNDERSCORE_MUTUAL DestinationRuleV1Alpha3SpecTrafficPolicyPortLevelSettingsTlsMode = "ISTIO_UNDERSCORE_MUTUAL"
)

