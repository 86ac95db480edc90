package istionetworking_networkingistioio


// Specify if http1.1 connection should be upgraded to http2 for the associated destination.
//
// Valid Options: DEFAULT, DO_NOT_UPGRADE, UPGRADE.
type DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy string

const (
	// DEFAULT.
	DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DEFAULT DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy = "DEFAULT"
	// DO_NOT_UPGRADE.
	DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy = "DO_UNDERSCORE_NOT_UNDERSCORE_UPGRADE"
	// UPGRADE.
	DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy_UPGRADE DestinationRuleSpecTrafficPolicyConnectionPoolHttpH2UpgradePolicy = "UPGRADE"
)

