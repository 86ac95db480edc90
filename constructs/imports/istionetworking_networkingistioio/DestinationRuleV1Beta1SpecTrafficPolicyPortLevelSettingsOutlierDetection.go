package istionetworking_networkingistioio


type DestinationRuleV1Beta1SpecTrafficPolicyPortLevelSettingsOutlierDetection struct {
	// Minimum ejection duration.
	BaseEjectionTime *string `field:"optional" json:"baseEjectionTime" yaml:"baseEjectionTime"`
	// Number of 5xx errors before a host is ejected from the connection pool.
	Consecutive5XxErrors *float64 `field:"optional" json:"consecutive5XxErrors" yaml:"consecutive5XxErrors"`
	ConsecutiveErrors *float64 `field:"optional" json:"consecutiveErrors" yaml:"consecutiveErrors"`
	// Number of gateway errors before a host is ejected from the connection pool.
	ConsecutiveGatewayErrors *float64 `field:"optional" json:"consecutiveGatewayErrors" yaml:"consecutiveGatewayErrors"`
	// The number of consecutive locally originated failures before ejection occurs.
	ConsecutiveLocalOriginFailures *float64 `field:"optional" json:"consecutiveLocalOriginFailures" yaml:"consecutiveLocalOriginFailures"`
	// Time interval between ejection sweep analysis.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// Maximum % of hosts in the load balancing pool for the upstream service that can be ejected.
	MaxEjectionPercent *float64 `field:"optional" json:"maxEjectionPercent" yaml:"maxEjectionPercent"`
	// Outlier detection will be enabled as long as the associated load balancing pool has at least `minHealthPercent` hosts in healthy mode.
	MinHealthPercent *float64 `field:"optional" json:"minHealthPercent" yaml:"minHealthPercent"`
	// Determines whether to distinguish local origin failures from external errors.
	SplitExternalLocalOriginErrors *bool `field:"optional" json:"splitExternalLocalOriginErrors" yaml:"splitExternalLocalOriginErrors"`
}

