package istionetworking_networkingistioio


type VirtualServiceV1Alpha3SpecTcp struct {
	// Match conditions to be satisfied for the rule to be activated.
	Match *[]*VirtualServiceV1Alpha3SpecTcpMatch `field:"optional" json:"match" yaml:"match"`
	// The destination to which the connection should be forwarded to.
	Route *[]*VirtualServiceV1Alpha3SpecTcpRoute `field:"optional" json:"route" yaml:"route"`
}

