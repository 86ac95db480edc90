package istionetworking_networkingistioio


// Percentage of requests on which the delay will be injected.
type VirtualServiceV1Beta1SpecHttpFaultDelayPercentage struct {
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

