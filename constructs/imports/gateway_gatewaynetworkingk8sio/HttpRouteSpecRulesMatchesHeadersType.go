package gateway_gatewaynetworkingk8sio


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
type HttpRouteSpecRulesMatchesHeadersType string

const (
	// Exact.
	HttpRouteSpecRulesMatchesHeadersType_EXACT HttpRouteSpecRulesMatchesHeadersType = "EXACT"
	// RegularExpression.
	HttpRouteSpecRulesMatchesHeadersType_REGULAR_EXPRESSION HttpRouteSpecRulesMatchesHeadersType = "REGULAR_EXPRESSION"
)

