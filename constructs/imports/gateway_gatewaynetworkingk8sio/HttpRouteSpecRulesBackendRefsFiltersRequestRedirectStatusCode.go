package gateway_gatewaynetworkingk8sio


// StatusCode is the HTTP status code to be used in response.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
//
// Support: statusCode 301 and 302 are Core; all others are Extended.
type HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode string

const (
	// 301.
	HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_301 HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_301"
	// 302.
	HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_302 HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_302"
	// 303.
	HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_303 HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_303"
	// 307.
	HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_307 HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_307"
	// 308.
	HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode_VALUE_308 HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode = "VALUE_308"
)

