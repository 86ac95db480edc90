package istiosecurity_securityistioio


type PeerAuthenticationV1Beta1SpecPortLevelMtls struct {
	// Defines the mTLS mode used for peer authentication.
	//
	// Valid Options: DISABLE, PERMISSIVE, STRICT.
	Mode PeerAuthenticationV1Beta1SpecPortLevelMtlsMode `field:"optional" json:"mode" yaml:"mode"`
}

