package istionetworking_networkingistioio


// Percentage of requests to be aborted with the error code provided.
type VirtualServiceSpecHttpFaultAbortPercentage struct {
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

