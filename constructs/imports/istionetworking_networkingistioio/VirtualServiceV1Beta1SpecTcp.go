package istionetworking_networkingistioio


type VirtualServiceV1Beta1SpecTcp struct {
	// Match conditions to be satisfied for the rule to be activated.
	Match *[]*VirtualServiceV1Beta1SpecTcpMatch `field:"optional" json:"match" yaml:"match"`
	// The destination to which the connection should be forwarded to.
	Route *[]*VirtualServiceV1Beta1SpecTcpRoute `field:"optional" json:"route" yaml:"route"`
}

