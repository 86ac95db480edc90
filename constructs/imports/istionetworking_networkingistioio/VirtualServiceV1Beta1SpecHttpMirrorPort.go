package istionetworking_networkingistioio


// Specifies the port on the host that is being addressed.
type VirtualServiceV1Beta1SpecHttpMirrorPort struct {
	Number *float64 `field:"optional" json:"number" yaml:"number"`
}

