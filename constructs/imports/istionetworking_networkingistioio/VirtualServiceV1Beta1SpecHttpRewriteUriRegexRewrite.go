package istionetworking_networkingistioio


// rewrite the path portion of the URI with the specified regex.
type VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite struct {
	// [RE2 style regex-based match](https://github.com/google/re2/wiki/Syntax).
	Match *string `field:"optional" json:"match" yaml:"match"`
	// The string that should replace into matching portions of original URI.
	Rewrite *string `field:"optional" json:"rewrite" yaml:"rewrite"`
}

