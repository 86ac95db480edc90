package istiosecurity_securityistioio


// Defines the mTLS mode used for peer authentication.
//
// Valid Options: DISABLE, PERMISSIVE, STRICT.
type PeerAuthenticationV1Beta1SpecPortLevelMtlsMode string

const (
	// UNSET.
	PeerAuthenticationV1Beta1SpecPortLevelMtlsMode_UNSET PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = "UNSET"
	// DISABLE.
	PeerAuthenticationV1Beta1SpecPortLevelMtlsMode_DISABLE PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = "DISABLE"
	// PERMISSIVE.
	PeerAuthenticationV1Beta1SpecPortLevelMtlsMode_PERMISSIVE PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = "PERMISSIVE"
	// STRICT.
	PeerAuthenticationV1Beta1SpecPortLevelMtlsMode_STRICT PeerAuthenticationV1Beta1SpecPortLevelMtlsMode = "STRICT"
)

