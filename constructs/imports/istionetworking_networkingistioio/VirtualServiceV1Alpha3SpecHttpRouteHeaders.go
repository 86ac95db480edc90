package istionetworking_networkingistioio


type VirtualServiceV1Alpha3SpecHttpRouteHeaders struct {
	Request *VirtualServiceV1Alpha3SpecHttpRouteHeadersRequest `field:"optional" json:"request" yaml:"request"`
	Response *VirtualServiceV1Alpha3SpecHttpRouteHeadersResponse `field:"optional" json:"response" yaml:"response"`
}

