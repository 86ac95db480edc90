package istiosecurity_securityistioio


// Defines the mTLS mode used for peer authentication.
//
// Valid Options: DISABLE, PERMISSIVE, STRICT.
type PeerAuthenticationSpecPortLevelMtlsMode string

const (
	// UNSET.
	PeerAuthenticationSpecPortLevelMtlsMode_UNSET PeerAuthenticationSpecPortLevelMtlsMode = "UNSET"
	// DISABLE.
	PeerAuthenticationSpecPortLevelMtlsMode_DISABLE PeerAuthenticationSpecPortLevelMtlsMode = "DISABLE"
	// PERMISSIVE.
	PeerAuthenticationSpecPortLevelMtlsMode_PERMISSIVE PeerAuthenticationSpecPortLevelMtlsMode = "PERMISSIVE"
	// STRICT.
	PeerAuthenticationSpecPortLevelMtlsMode_STRICT PeerAuthenticationSpecPortLevelMtlsMode = "STRICT"
)

