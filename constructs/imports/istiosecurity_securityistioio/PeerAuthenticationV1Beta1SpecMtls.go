package istiosecurity_securityistioio


// Mutual TLS settings for workload.
type PeerAuthenticationV1Beta1SpecMtls struct {
	// Defines the mTLS mode used for peer authentication.
	//
	// Valid Options: DISABLE, PERMISSIVE, STRICT.
	Mode PeerAuthenticationV1Beta1SpecMtlsMode `field:"optional" json:"mode" yaml:"mode"`
}

