package istiosecurity_securityistioio


// Mutual TLS settings for workload.
type PeerAuthenticationSpecMtls struct {
	// Defines the mTLS mode used for peer authentication.
	//
	// Valid Options: DISABLE, PERMISSIVE, STRICT.
	Mode PeerAuthenticationSpecMtlsMode `field:"optional" json:"mode" yaml:"mode"`
}

