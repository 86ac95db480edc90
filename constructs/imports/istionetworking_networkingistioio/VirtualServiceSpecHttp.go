package istionetworking_networkingistioio


type VirtualServiceSpecHttp struct {
	// Cross-Origin Resource Sharing policy (CORS).
	CorsPolicy *VirtualServiceSpecHttpCorsPolicy `field:"optional" json:"corsPolicy" yaml:"corsPolicy"`
	// Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
	Delegate *VirtualServiceSpecHttpDelegate `field:"optional" json:"delegate" yaml:"delegate"`
	// A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
	DirectResponse *VirtualServiceSpecHttpDirectResponse `field:"optional" json:"directResponse" yaml:"directResponse"`
	// Fault injection policy to apply on HTTP traffic at the client side.
	Fault *VirtualServiceSpecHttpFault `field:"optional" json:"fault" yaml:"fault"`
	Headers *VirtualServiceSpecHttpHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Match conditions to be satisfied for the rule to be activated.
	Match *[]*VirtualServiceSpecHttpMatch `field:"optional" json:"match" yaml:"match"`
	// Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
	Mirror *VirtualServiceSpecHttpMirror `field:"optional" json:"mirror" yaml:"mirror"`
	MirrorPercent *float64 `field:"optional" json:"mirrorPercent" yaml:"mirrorPercent"`
	// Percentage of the traffic to be mirrored by the `mirror` field.
	MirrorPercentage *VirtualServiceSpecHttpMirrorPercentage `field:"optional" json:"mirrorPercentage" yaml:"mirrorPercentage"`
	// Specifies the destinations to mirror HTTP traffic in addition to the original destination.
	Mirrors *[]*VirtualServiceSpecHttpMirrors `field:"optional" json:"mirrors" yaml:"mirrors"`
	// The name assigned to the route for debugging purposes.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
	Redirect *VirtualServiceSpecHttpRedirect `field:"optional" json:"redirect" yaml:"redirect"`
	// Retry policy for HTTP requests.
	Retries *VirtualServiceSpecHttpRetries `field:"optional" json:"retries" yaml:"retries"`
	// Rewrite HTTP URIs and Authority headers.
	Rewrite *VirtualServiceSpecHttpRewrite `field:"optional" json:"rewrite" yaml:"rewrite"`
	// A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
	Route *[]*VirtualServiceSpecHttpRoute `field:"optional" json:"route" yaml:"route"`
	// Timeout for HTTP requests, default is disabled.
	Timeout *string `field:"optional" json:"timeout" yaml:"timeout"`
}

