package gateway_gatewaynetworkingk8sio


type HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods string

const (
	// GET.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_GET HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "GET"
	// HEAD.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_HEAD HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "HEAD"
	// POST.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_POST HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "POST"
	// PUT.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_PUT HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "PUT"
	// DELETE.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_DELETE HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "DELETE"
	// CONNECT.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_CONNECT HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "CONNECT"
	// OPTIONS.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_OPTIONS HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "OPTIONS"
	// TRACE.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_TRACE HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "TRACE"
	// PATCH.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_PATCH HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "PATCH"
	// *.
	HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods_VALUE_ASTERISK HttpRouteV1Beta1SpecRulesFiltersCorsAllowMethods = "VALUE_ASTERISK"
)

