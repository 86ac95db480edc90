package istionetworking_networkingistioio


type VirtualServiceSpecHttpHeaders struct {
	Request *VirtualServiceSpecHttpHeadersRequest `field:"optional" json:"request" yaml:"request"`
	Response *VirtualServiceSpecHttpHeadersResponse `field:"optional" json:"response" yaml:"response"`
}

