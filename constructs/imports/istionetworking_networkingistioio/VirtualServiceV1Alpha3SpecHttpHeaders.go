package istionetworking_networkingistioio


type VirtualServiceV1Alpha3SpecHttpHeaders struct {
	Request *VirtualServiceV1Alpha3SpecHttpHeadersRequest `field:"optional" json:"request" yaml:"request"`
	Response *VirtualServiceV1Alpha3SpecHttpHeadersResponse `field:"optional" json:"response" yaml:"response"`
}

