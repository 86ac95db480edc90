package istionetworking_networkingistioio


// On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
//
// Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT.
type VirtualServiceV1Beta1SpecHttpRedirectDerivePort string

const (
	// FROM_PROTOCOL_DEFAULT.
	VirtualServiceV1Beta1SpecHttpRedirectDerivePort_FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT VirtualServiceV1Beta1SpecHttpRedirectDerivePort = "FROM_UNDERSCORE_PROTOCOL_UNDERSCORE_DEFAULT"
	// FROM_REQUEST_PORT.
	VirtualServiceV1Beta1SpecHttpRedirectDerivePort_FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT VirtualServiceV1Beta1SpecHttpRedirectDerivePort = "FROM_UNDERSCORE_REQUEST_UNDERSCORE_PORT"
)

