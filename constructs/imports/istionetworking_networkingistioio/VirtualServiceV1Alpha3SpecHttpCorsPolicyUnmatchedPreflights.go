package istionetworking_networkingistioio


// Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.
//
// Valid Options: FORWARD, IGNORE.
type VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights string

const (
	// UNSPECIFIED.
	VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights_UNSPECIFIED VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights = "UNSPECIFIED"
	// FORWARD.
	VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights_FORWARD VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights = "FORWARD"
	// IGNORE.
	VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights_IGNORE VirtualServiceV1Alpha3SpecHttpCorsPolicyUnmatchedPreflights = "IGNORE"
)

