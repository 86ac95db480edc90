package istionetworking_networkingistioio


type VirtualServiceSpecHttpCorsPolicyAllowOrigins struct {
	Exact *string `field:"optional" json:"exact" yaml:"exact"`
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	// [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
	Regex *string `field:"optional" json:"regex" yaml:"regex"`
}

