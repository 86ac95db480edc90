package gateway_gatewaynetworkingk8sio


// HTTPHeaderMatch describes how to select a HTTP route by matching HTTP request headers.
type HttpRouteV1Beta1SpecRulesMatchesHeaders struct {
	// Name is the name of the HTTP Header to be matched. Name matching MUST be case-insensitive. (See https://tools.ietf.org/html/rfc7230#section-3.2).
	//
	// If multiple entries specify equivalent header names, only the first
	// entry with an equivalent name MUST be considered for a match. Subsequent
	// entries with an equivalent header name MUST be ignored. Due to the
	// case-insensitivity of header names, "foo" and "Foo" are considered
	// equivalent.
	//
	// When a header is repeated in an HTTP request, it is
	// implementation-specific behavior as to how this is represented.
	// Generally, proxies should follow the guidance from the RFC:
	// https://www.rfc-editor.org/rfc/rfc7230.html#section-3.2.2 regarding
	// processing a repeated header, with special handling for "Set-Cookie".
	Name *string `field:"required" json:"name" yaml:"name"`
	// Value is the value of HTTP Header to be matched.
	Value *string `field:"required" json:"value" yaml:"value"`
	// Type specifies how to match against the value of the header.
	//
	// Support: Core (Exact)
	//
	// Support: Implementation-specific (RegularExpression)
	//
	// Since RegularExpression HeaderMatchType has implementation-specific
	// conformance, implementations can support POSIX, PCRE or any other dialects
	// of regular expressions. Please read the implementation's documentation to
	// determine the supported dialect.
	Type HttpRouteV1Beta1SpecRulesMatchesHeadersType `field:"optional" json:"type" yaml:"type"`
}

