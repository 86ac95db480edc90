package istionetworking_networkingistioio


// Percentage of the traffic to be mirrored by the `mirror` field.
type VirtualServiceSpecHttpMirrorPercentage struct {
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

