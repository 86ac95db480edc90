package gateway_gatewaynetworkingk8sio


// Method specifies HTTP method matcher. When specified, this route will be matched only if the request has the specified method.
//
// Support: Extended.
type HttpRouteV1Beta1SpecRulesMatchesMethod string

const (
	// GET.
	HttpRouteV1Beta1SpecRulesMatchesMethod_GET HttpRouteV1Beta1SpecRulesMatchesMethod = "GET"
	// HEAD.
	HttpRouteV1Beta1SpecRulesMatchesMethod_HEAD HttpRouteV1Beta1SpecRulesMatchesMethod = "HEAD"
	// POST.
	HttpRouteV1Beta1SpecRulesMatchesMethod_POST HttpRouteV1Beta1SpecRulesMatchesMethod = "POST"
	// PUT.
	HttpRouteV1Beta1SpecRulesMatchesMethod_PUT HttpRouteV1Beta1SpecRulesMatchesMethod = "PUT"
	// DELETE.
	HttpRouteV1Beta1SpecRulesMatchesMethod_DELETE HttpRouteV1Beta1SpecRulesMatchesMethod = "DELETE"
	// CONNECT.
	HttpRouteV1Beta1SpecRulesMatchesMethod_CONNECT HttpRouteV1Beta1SpecRulesMatchesMethod = "CONNECT"
	// OPTIONS.
	HttpRouteV1Beta1SpecRulesMatchesMethod_OPTIONS HttpRouteV1Beta1SpecRulesMatchesMethod = "OPTIONS"
	// TRACE.
	HttpRouteV1Beta1SpecRulesMatchesMethod_TRACE HttpRouteV1Beta1SpecRulesMatchesMethod = "TRACE"
	// PATCH.
	HttpRouteV1Beta1SpecRulesMatchesMethod_PATCH HttpRouteV1Beta1SpecRulesMatchesMethod = "PATCH"
)

