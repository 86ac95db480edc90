package istionetworking_networkingistioio


type VirtualServiceV1Alpha3SpecTlsRoute struct {
	// Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
	Destination *VirtualServiceV1Alpha3SpecTlsRouteDestination `field:"required" json:"destination" yaml:"destination"`
	// Weight specifies the relative proportion of traffic to be forwarded to the destination.
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

