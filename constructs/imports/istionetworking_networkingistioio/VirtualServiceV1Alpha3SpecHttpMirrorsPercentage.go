package istionetworking_networkingistioio


// Percentage of the traffic to be mirrored by the `destination` field.
type VirtualServiceV1Alpha3SpecHttpMirrorsPercentage struct {
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

