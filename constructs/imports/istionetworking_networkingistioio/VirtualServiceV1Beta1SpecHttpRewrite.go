package istionetworking_networkingistioio


// Rewrite HTTP URIs and Authority headers.
type VirtualServiceV1Beta1SpecHttpRewrite struct {
	// rewrite the Authority/Host header with this value.
	Authority *string `field:"optional" json:"authority" yaml:"authority"`
	// rewrite the path (or the prefix) portion of the URI with this value.
	Uri *string `field:"optional" json:"uri" yaml:"uri"`
	// rewrite the path portion of the URI with the specified regex.
	UriRegexRewrite *VirtualServiceV1Beta1SpecHttpRewriteUriRegexRewrite `field:"optional" json:"uriRegexRewrite" yaml:"uriRegexRewrite"`
}

