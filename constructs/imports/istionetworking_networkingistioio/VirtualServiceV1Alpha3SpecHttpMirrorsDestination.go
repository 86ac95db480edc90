package istionetworking_networkingistioio


// Destination specifies the target of the mirror operation.
type VirtualServiceV1Alpha3SpecHttpMirrorsDestination struct {
	// The name of a service from the service registry.
	Host *string `field:"required" json:"host" yaml:"host"`
	// Specifies the port on the host that is being addressed.
	Port *VirtualServiceV1Alpha3SpecHttpMirrorsDestinationPort `field:"optional" json:"port" yaml:"port"`
	// The name of a subset within the service.
	Subset *string `field:"optional" json:"subset" yaml:"subset"`
}

