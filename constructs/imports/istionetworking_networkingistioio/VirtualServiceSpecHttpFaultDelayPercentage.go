package istionetworking_networkingistioio


// Percentage of requests on which the delay will be injected.
type VirtualServiceSpecHttpFaultDelayPercentage struct {
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

