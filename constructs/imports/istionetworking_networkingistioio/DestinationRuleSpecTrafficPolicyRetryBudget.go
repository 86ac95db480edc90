package istionetworking_networkingistioio


// Specifies a limit on concurrent retries in relation to the number of active requests.
type DestinationRuleSpecTrafficPolicyRetryBudget struct {
	// Specifies the minimum retry concurrency allowed for the retry budget.
	MinRetryConcurrency *float64 `field:"optional" json:"minRetryConcurrency" yaml:"minRetryConcurrency"`
	// Specifies the limit on concurrent retries as a percentage of the sum of active requests and active pending requests.
	Percent *float64 `field:"optional" json:"percent" yaml:"percent"`
}

