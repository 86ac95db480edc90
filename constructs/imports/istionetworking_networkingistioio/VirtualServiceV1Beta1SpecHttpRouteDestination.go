package istionetworking_networkingistioio


// Destination uniquely identifies the instances of a service to which the request/connection should be forwarded to.
type VirtualServiceV1Beta1SpecHttpRouteDestination struct {
	// The name of a service from the service registry.
	Host *string `field:"required" json:"host" yaml:"host"`
	// Specifies the port on the host that is being addressed.
	Port *VirtualServiceV1Beta1SpecHttpRouteDestinationPort `field:"optional" json:"port" yaml:"port"`
	// The name of a subset within the service.
	Subset *string `field:"optional" json:"subset" yaml:"subset"`
}

