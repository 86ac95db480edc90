package istionetworking_networkingistioio


// Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
type VirtualServiceSpecHttpMirror struct {
	// The name of a service from the service registry.
	Host *string `field:"required" json:"host" yaml:"host"`
	// Specifies the port on the host that is being addressed.
	Port *VirtualServiceSpecHttpMirrorPort `field:"optional" json:"port" yaml:"port"`
	// The name of a subset within the service.
	Subset *string `field:"optional" json:"subset" yaml:"subset"`
}

