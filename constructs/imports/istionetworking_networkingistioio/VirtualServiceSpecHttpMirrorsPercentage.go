package istionetworking_networkingistioio


// Percentage of the traffic to be mirrored by the `destination` field.
type VirtualServiceSpecHttpMirrorsPercentage struct {
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

