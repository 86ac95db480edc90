package istionetworking_networkingistioio


type VirtualServiceSpecHttpRouteHeaders struct {
	Request *VirtualServiceSpecHttpRouteHeadersRequest `field:"optional" json:"request" yaml:"request"`
	Response *VirtualServiceSpecHttpRouteHeadersResponse `field:"optional" json:"response" yaml:"response"`
}

