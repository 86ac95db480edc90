package istionetworking_networkingistioio


type VirtualServiceV1Alpha3SpecHttpMirrors struct {
	// Destination specifies the target of the mirror operation.
	Destination *VirtualServiceV1Alpha3SpecHttpMirrorsDestination `field:"required" json:"destination" yaml:"destination"`
	// Percentage of the traffic to be mirrored by the `destination` field.
	Percentage *VirtualServiceV1Alpha3SpecHttpMirrorsPercentage `field:"optional" json:"percentage" yaml:"percentage"`
}

