package gateway_gatewaynetworkingk8sio


// HTTPHeader represents an HTTP Header name and value as defined by RFC 7230.
type HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd struct {
	// Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
	//
	// If multiple entries specify equivalent header names, the first entry with
	// an equivalent name MUST be considered for a match. Subsequent entries
	// with an equivalent header name MUST be ignored. Due to the
	// case-insensitivity of header names, "foo" and "Foo" are considered
	// equivalent.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Value is the value of HTTP Header to be matched.
	Value *string `field:"required" json:"value" yaml:"value"`
}

