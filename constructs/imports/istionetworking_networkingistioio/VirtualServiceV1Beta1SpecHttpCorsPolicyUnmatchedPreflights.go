package istionetworking_networkingistioio


// Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.
//
// Valid Options: FORWARD, IGNORE.
type VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights string

const (
	// UNSPECIFIED.
	VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights_UNSPECIFIED VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights = "UNSPECIFIED"
	// FORWARD.
	VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights_FORWARD VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights = "FORWARD"
	// IGNORE.
	VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights_IGNORE VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights = "IGNORE"
)

