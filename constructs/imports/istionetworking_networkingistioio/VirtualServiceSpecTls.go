package istionetworking_networkingistioio


type VirtualServiceSpecTls struct {
	// Match conditions to be satisfied for the rule to be activated.
	Match *[]*VirtualServiceSpecTlsMatch `field:"required" json:"match" yaml:"match"`
	// The destination to which the connection should be forwarded to.
	Route *[]*VirtualServiceSpecTlsRoute `field:"optional" json:"route" yaml:"route"`
}

