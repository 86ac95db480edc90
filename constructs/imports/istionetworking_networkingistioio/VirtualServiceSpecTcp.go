package istionetworking_networkingistioio


type VirtualServiceSpecTcp struct {
	// Match conditions to be satisfied for the rule to be activated.
	Match *[]*VirtualServiceSpecTcpMatch `field:"optional" json:"match" yaml:"match"`
	// The destination to which the connection should be forwarded to.
	Route *[]*VirtualServiceSpecTcpRoute `field:"optional" json:"route" yaml:"route"`
}

