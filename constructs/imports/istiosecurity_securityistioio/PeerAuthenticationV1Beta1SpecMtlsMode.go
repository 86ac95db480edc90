package istiosecurity_securityistioio


// Defines the mTLS mode used for peer authentication.
//
// Valid Options: DISABLE, PERMISSIVE, STRICT.
type PeerAuthenticationV1Beta1SpecMtlsMode string

const (
	// UNSET.
	PeerAuthenticationV1Beta1SpecMtlsMode_UNSET PeerAuthenticationV1Beta1SpecMtlsMode = "UNSET"
	// DISABLE.
	PeerAuthenticationV1Beta1SpecMtlsMode_DISABLE PeerAuthenticationV1Beta1SpecMtlsMode = "DISABLE"
	// PERMISSIVE.
	PeerAuthenticationV1Beta1SpecMtlsMode_PERMISSIVE PeerAuthenticationV1Beta1SpecMtlsMode = "PERMISSIVE"
	// STRICT.
	PeerAuthenticationV1Beta1SpecMtlsMode_STRICT PeerAuthenticationV1Beta1SpecMtlsMode = "STRICT"
)

