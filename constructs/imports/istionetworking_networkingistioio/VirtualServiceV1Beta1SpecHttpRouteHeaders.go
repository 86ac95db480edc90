package istionetworking_networkingistioio


type VirtualServiceV1Beta1SpecHttpRouteHeaders struct {
	Request *VirtualServiceV1Beta1SpecHttpRouteHeadersRequest `field:"optional" json:"request" yaml:"request"`
	Response *VirtualServiceV1Beta1SpecHttpRouteHeadersResponse `field:"optional" json:"response" yaml:"response"`
}

