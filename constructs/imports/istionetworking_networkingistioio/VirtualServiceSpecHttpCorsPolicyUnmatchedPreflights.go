package istionetworking_networkingistioio


// Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.
//
// Valid Options: FORWARD, IGNORE.
type VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights string

const (
	// UNSPECIFIED.
	VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights_UNSPECIFIED VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights = "UNSPECIFIED"
	// FORWARD.
	VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights_FORWARD VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights = "FORWARD"
	// IGNORE.
	VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights_IGNORE VirtualServiceSpecHttpCorsPolicyUnmatchedPreflights = "IGNORE"
)

