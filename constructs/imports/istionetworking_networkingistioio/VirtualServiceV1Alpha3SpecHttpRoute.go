package istionetworking_networkingistioio


type VirtualServiceV1Alpha3SpecHttpRoute struct {
	// Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
	Destination *VirtualServiceV1Alpha3SpecHttpRouteDestination `field:"required" json:"destination" yaml:"destination"`
	Headers *VirtualServiceV1Alpha3SpecHttpRouteHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Weight specifies the relative proportion of traffic to be forwarded to the destination.
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

