package istionetworking_networkingistioio


type VirtualServiceV1Alpha3SpecTls struct {
	// Match conditions to be satisfied for the rule to be activated.
	Match *[]*VirtualServiceV1Alpha3SpecTlsMatch `field:"required" json:"match" yaml:"match"`
	// The destination to which the connection should be forwarded to.
	Route *[]*VirtualServiceV1Alpha3SpecTlsRoute `field:"optional" json:"route" yaml:"route"`
}

