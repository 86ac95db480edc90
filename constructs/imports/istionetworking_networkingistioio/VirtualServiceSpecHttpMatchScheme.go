package istionetworking_networkingistioio


// URI Scheme values are case-sensitive and formatted as follows: - `exact: "value"` for exact string match - `prefix: "value"` for prefix-based match - `regex: "value"` for [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
type VirtualServiceSpecHttpMatchScheme struct {
	Exact *string `field:"optional" json:"exact" yaml:"exact"`
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	// [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
	Regex *string `field:"optional" json:"regex" yaml:"regex"`
}

