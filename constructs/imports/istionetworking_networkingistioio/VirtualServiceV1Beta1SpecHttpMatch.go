package istionetworking_networkingistioio


type VirtualServiceV1Beta1SpecHttpMatch struct {
	// HTTP Authority values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
	Authority *VirtualServiceV1Beta1SpecHttpMatchAuthority `field:"optional" json:"authority" yaml:"authority"`
	// Names of gateways where the rule should be applied.
	Gateways *[]*string `field:"optional" json:"gateways" yaml:"gateways"`
	// The header keys must be lowercase and use hyphen as the separator, e.g.
	Headers *map[string]*VirtualServiceV1Beta1SpecHttpMatchHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Flag to specify whether the URI matching should be case-insensitive.
	IgnoreUriCase *bool `field:"optional" json:"ignoreUriCase" yaml:"ignoreUriCase"`
	// HTTP Method values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
	Method *VirtualServiceV1Beta1SpecHttpMatchMethod `field:"optional" json:"method" yaml:"method"`
	// The name assigned to a match.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Specifies the ports on the host that is being addressed.
	Port *float64 `field:"optional" json:"port" yaml:"port"`
	// Query parameters for matching.
	QueryParams *map[string]*VirtualServiceV1Beta1SpecHttpMatchQueryParams `field:"optional" json:"queryParams" yaml:"queryParams"`
	// URI Scheme values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
	Scheme *VirtualServiceV1Beta1SpecHttpMatchScheme `field:"optional" json:"scheme" yaml:"scheme"`
	// One or more labels that constrain the applicability of a rule to source (client) workloads with the given labels.
	SourceLabels *map[string]*string `field:"optional" json:"sourceLabels" yaml:"sourceLabels"`
	// Source namespace constraining the applicability of a rule to workloads in that namespace.
	SourceNamespace *string `field:"optional" json:"sourceNamespace" yaml:"sourceNamespace"`
	// The human readable prefix to use when emitting statistics for this route.
	StatPrefix *string `field:"optional" json:"statPrefix" yaml:"statPrefix"`
	// URI to match values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
	Uri *VirtualServiceV1Beta1SpecHttpMatchUri `field:"optional" json:"uri" yaml:"uri"`
	// withoutHeader has the same syntax with the header, but has opposite meaning.
	WithoutHeaders *map[string]*VirtualServiceV1Beta1SpecHttpMatchWithoutHeaders `field:"optional" json:"withoutHeaders" yaml:"withoutHeaders"`
}

