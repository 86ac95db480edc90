package istionetworking_networkingistioio


// Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.
type VirtualServiceSpecHttpFaultDelay struct {
	ExponentialDelay *string `field:"optional" json:"exponentialDelay" yaml:"exponentialDelay"`
	// Add a fixed delay before forwarding the request.
	FixedDelay *string `field:"optional" json:"fixedDelay" yaml:"fixedDelay"`
	// Percentage of requests on which the delay will be injected (0-100).
	Percent *float64 `field:"optional" json:"percent" yaml:"percent"`
	// Percentage of requests on which the delay will be injected.
	Percentage *VirtualServiceSpecHttpFaultDelayPercentage `field:"optional" json:"percentage" yaml:"percentage"`
}

