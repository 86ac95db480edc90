package gateway_gatewaynetworkingk8sio


// FrontendValidationMode defines the mode for validating the client certificate. There are two possible modes:.
//
// - AllowValidOnly: In this mode, the gateway will accept connections only if
// the client presents a valid certificate. This certificate must successfully
// pass validation against the CA certificates specified in `CACertificateRefs`.
// - AllowInsecureFallback: In this mode, the gateway will accept connections
// even if the client certificate is not presented or fails verification.
//
// This approach delegates client authorization to the backend and introduce
// a significant security risk. It should be used in testing environments or
// on a temporary basis in non-testing environments.
//
// Defaults to AllowValidOnly.
//
// Support: Core.
// Default: AllowValidOnly.
//
type GatewaySpecTlsFrontendPerPortTlsValidationMode string

const (
	// AllowValidOnly.
	GatewaySpecTlsFrontendPerPortTlsValidationMode_ALLOW_VALID_ONLY GatewaySpecTlsFrontendPerPortTlsValidationMode = "ALLOW_VALID_ONLY"
	// AllowInsecureFallback.
	GatewaySpecTlsFrontendPerPortTlsValidationMode_ALLOW_INSECURE_FALLBACK GatewaySpecTlsFrontendPerPortTlsValidationMode = "ALLOW_INSECURE_FALLBACK"
)

