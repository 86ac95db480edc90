package istiosecurity_securityistioio


type PeerAuthenticationSpecPortLevelMtls struct {
	// Defines the mTLS mode used for peer authentication.
	//
	// Valid Options: DISABLE, PERMISSIVE, STRICT.
	Mode PeerAuthenticationSpecPortLevelMtlsMode `field:"optional" json:"mode" yaml:"mode"`
}

