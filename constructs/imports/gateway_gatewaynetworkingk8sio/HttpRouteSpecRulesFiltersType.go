package gateway_gatewaynetworkingk8sio


// Type identifies the type of filter to apply. As with other API fields, types are classified into three conformance levels:.
//
// - Core: Filter types and their corresponding configuration defined by
// "Support: Core" in this package, e.g. "RequestHeaderModifier". All
// implementations must support core filters.
//
// - Extended: Filter types and their corresponding configuration defined by
// "Support: Extended" in this package, e.g. "RequestMirror". Implementers
// are encouraged to support extended filters.
//
// - Implementation-specific: Filters that are defined and supported by
// specific vendors.
// In the future, filters showing convergence in behavior across multiple
// implementations will be considered for inclusion in extended or core
// conformance levels. Filter-specific configuration for such filters
// is specified using the ExtensionRef field. `Type` should be set to
// "ExtensionRef" for custom filters.
//
// Implementers are encouraged to define custom implementation types to
// extend the core API with implementation-specific behavior.
//
// If a reference to a custom filter type cannot be resolved, the filter
// MUST NOT be skipped. Instead, requests that would have been processed by
// that filter MUST receive a HTTP error response.
//
// Note that values may be added to this enum, implementations
// must ensure that unknown values will not cause a crash.
//
// Unknown values here must result in the implementation setting the
// Accepted Condition for the Route to `status: False`, with a
// Reason of `UnsupportedValue`.
type HttpRouteSpecRulesFiltersType string

const (
	// RequestHeaderModifier.
	HttpRouteSpecRulesFiltersType_REQUEST_HEADER_MODIFIER HttpRouteSpecRulesFiltersType = "REQUEST_HEADER_MODIFIER"
	// ResponseHeaderModifier.
	HttpRouteSpecRulesFiltersType_RESPONSE_HEADER_MODIFIER HttpRouteSpecRulesFiltersType = "RESPONSE_HEADER_MODIFIER"
	// RequestMirror.
	HttpRouteSpecRulesFiltersType_REQUEST_MIRROR HttpRouteSpecRulesFiltersType = "REQUEST_MIRROR"
	// RequestRedirect.
	HttpRouteSpecRulesFiltersType_REQUEST_REDIRECT HttpRouteSpecRulesFiltersType = "REQUEST_REDIRECT"
	// URLRewrite.
	HttpRouteSpecRulesFiltersType_URL_REWRITE HttpRouteSpecRulesFiltersType = "URL_REWRITE"
	// ExtensionRef.
	HttpRouteSpecRulesFiltersType_EXTENSION_REF HttpRouteSpecRulesFiltersType = "EXTENSION_REF"
	// CORS.
	HttpRouteSpecRulesFiltersType_CORS HttpRouteSpecRulesFiltersType = "CORS"
)

