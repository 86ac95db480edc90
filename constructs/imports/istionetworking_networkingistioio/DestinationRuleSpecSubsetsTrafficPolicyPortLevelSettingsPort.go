package istionetworking_networkingistioio


// Specifies the number of a port on the destination service on which this policy is being applied.
type DestinationRuleSpecSubsetsTrafficPolicyPortLevelSettingsPort struct {
	Number *float64 `field:"optional" json:"number" yaml:"number"`
}

