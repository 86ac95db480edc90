package istionetworking_networkingistioio


type VirtualServiceSpecHttpRoute struct {
	// Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
	Destination *VirtualServiceSpecHttpRouteDestination `field:"required" json:"destination" yaml:"destination"`
	Headers *VirtualServiceSpecHttpRouteHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Weight specifies the relative proportion of traffic to be forwarded to the destination.
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

