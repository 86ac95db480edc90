package istionetworking_networkingistioio


type VirtualServiceV1Beta1SpecHttpMirrors struct {
	// Destination specifies the target of the mirror operation.
	Destination *VirtualServiceV1Beta1SpecHttpMirrorsDestination `field:"required" json:"destination" yaml:"destination"`
	// Percentage of the traffic to be mirrored by the `destination` field.
	Percentage *VirtualServiceV1Beta1SpecHttpMirrorsPercentage `field:"optional" json:"percentage" yaml:"percentage"`
}

