package istiosecurity_securityistioio


// Defines the mTLS mode used for peer authentication.
//
// Valid Options: DISABLE, PERMISSIVE, STRICT.
type PeerAuthenticationSpecMtlsMode string

const (
	// UNSET.
	PeerAuthenticationSpecMtlsMode_UNSET PeerAuthenticationSpecMtlsMode = "UNSET"
	// DISABLE.
	PeerAuthenticationSpecMtlsMode_DISABLE PeerAuthenticationSpecMtlsMode = "DISABLE"
	// PERMISSIVE.
	PeerAuthenticationSpecMtlsMode_PERMISSIVE PeerAuthenticationSpecMtlsMode = "PERMISSIVE"
	// STRICT.
	PeerAuthenticationSpecMtlsMode_STRICT PeerAuthenticationSpecMtlsMode = "STRICT"
)

