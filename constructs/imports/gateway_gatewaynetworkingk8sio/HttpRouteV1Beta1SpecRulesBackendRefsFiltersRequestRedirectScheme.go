package gateway_gatewaynetworkingk8sio


// Scheme is the scheme to be used in the value of the `Location` header in the response.
//
// When empty, the scheme of the request is used.
//
// Scheme redirects can affect the port of the redirect, for more information,
// refer to the documentation for the port field of this filter.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
//
// Support: Extended.
type HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme string

const (
	// http.
	HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme_HTTP HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = "HTTP"
	// https.
	HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme_HTTPS HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme = "HTTPS"
)

