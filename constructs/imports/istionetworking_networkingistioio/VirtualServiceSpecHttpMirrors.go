package istionetworking_networkingistioio


type VirtualServiceSpecHttpMirrors struct {
	// Destination specifies the target of the mirror operation.
	Destination *VirtualServiceSpecHttpMirrorsDestination `field:"required" json:"destination" yaml:"destination"`
	// Percentage of the traffic to be mirrored by the `destination` field.
	Percentage *VirtualServiceSpecHttpMirrorsPercentage `field:"optional" json:"percentage" yaml:"percentage"`
}

