package istionetworking_networkingistioio


// Cross-Origin Resource Sharing policy (CORS).
type VirtualServiceV1Beta1SpecHttpCorsPolicy struct {
	// Indicates whether the caller is allowed to send the actual request (not the preflight) using credentials.
	AllowCredentials *bool `field:"optional" json:"allowCredentials" yaml:"allowCredentials"`
	// List of HTTP headers that can be used when requesting the resource.
	AllowHeaders *[]*string `field:"optional" json:"allowHeaders" yaml:"allowHeaders"`
	// List of HTTP methods allowed to access the resource.
	AllowMethods *[]*string `field:"optional" json:"allowMethods" yaml:"allowMethods"`
	AllowOrigin *[]*string `field:"optional" json:"allowOrigin" yaml:"allowOrigin"`
	// String patterns that match allowed origins.
	AllowOrigins *[]*VirtualServiceV1Beta1SpecHttpCorsPolicyAllowOrigins `field:"optional" json:"allowOrigins" yaml:"allowOrigins"`
	// A list of HTTP headers that the browsers are allowed to access.
	ExposeHeaders *[]*string `field:"optional" json:"exposeHeaders" yaml:"exposeHeaders"`
	// Specifies how long the results of a preflight request can be cached.
	MaxAge *string `field:"optional" json:"maxAge" yaml:"maxAge"`
	// Indicates whether preflight requests not matching the configured allowed origin shouldn't be forwarded to the upstream.
	//
	// Valid Options: FORWARD, IGNORE.
	UnmatchedPreflights VirtualServiceV1Beta1SpecHttpCorsPolicyUnmatchedPreflights `field:"optional" json:"unmatchedPreflights" yaml:"unmatchedPreflights"`
}

