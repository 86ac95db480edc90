package istionetworking_networkingistioio


// Percentage of the traffic to be mirrored by the `mirror` field.
type VirtualServiceV1Beta1SpecHttpMirrorPercentage struct {
	Value *float64 `field:"optional" json:"value" yaml:"value"`
}

