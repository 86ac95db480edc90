package istionetworking_networkingistioio


type VirtualServiceV1Beta1SpecHttpHeaders struct {
	Request *VirtualServiceV1Beta1SpecHttpHeadersRequest `field:"optional" json:"request" yaml:"request"`
	Response *VirtualServiceV1Beta1SpecHttpHeadersResponse `field:"optional" json:"response" yaml:"response"`
}

