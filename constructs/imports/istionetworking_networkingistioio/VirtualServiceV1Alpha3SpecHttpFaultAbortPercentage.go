package istionetworking_networkingistioio


// Percentage of requests to be aborted with the error code provided.
type VirtualServiceV1Alpha3SpecHttpFaultAbortPercentage struct {
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

