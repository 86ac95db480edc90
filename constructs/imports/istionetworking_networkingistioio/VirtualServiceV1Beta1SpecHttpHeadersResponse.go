package istionetworking_networkingistioio


type VirtualServiceV1Beta1SpecHttpHeadersResponse struct {
	Add *map[string]*string `field:"optional" json:"add" yaml:"add"`
	Remove *[]*string `field:"optional" json:"remove" yaml:"remove"`
	Set *map[string]*string `field:"optional" json:"set" yaml:"set"`
}

