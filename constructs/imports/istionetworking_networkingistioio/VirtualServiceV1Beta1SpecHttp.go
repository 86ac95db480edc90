package istionetworking_networkingistioio


type VirtualServiceV1Beta1SpecHttp struct {
	// Cross-Origin Resource Sharing policy (CORS).
	CorsPolicy *VirtualServiceV1Beta1SpecHttpCorsPolicy `field:"optional" json:"corsPolicy" yaml:"corsPolicy"`
	// Delegate is used to specify the particular VirtualService which can be used to define delegate HTTPRoute.
	Delegate *VirtualServiceV1Beta1SpecHttpDelegate `field:"optional" json:"delegate" yaml:"delegate"`
	// A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
	DirectResponse *VirtualServiceV1Beta1SpecHttpDirectResponse `field:"optional" json:"directResponse" yaml:"directResponse"`
	// Fault injection policy to apply on HTTP traffic at the client side.
	Fault *VirtualServiceV1Beta1SpecHttpFault `field:"optional" json:"fault" yaml:"fault"`
	Headers *VirtualServiceV1Beta1SpecHttpHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Match conditions to be satisfied for the rule to be activated.
	Match *[]*VirtualServiceV1Beta1SpecHttpMatch `field:"optional" json:"match" yaml:"match"`
	// Mirror HTTP traffic to a another destination in addition to forwarding the requests to the intended destination.
	Mirror *VirtualServiceV1Beta1SpecHttpMirror `field:"optional" json:"mirror" yaml:"mirror"`
	MirrorPercent *float64 `field:"optional" json:"mirrorPercent" yaml:"mirrorPercent"`
	// Percentage of the traffic to be mirrored by the `mirror` field.
	MirrorPercentage *VirtualServiceV1Beta1SpecHttpMirrorPercentage `field:"optional" json:"mirrorPercentage" yaml:"mirrorPercentage"`
	// Specifies the destinations to mirror HTTP traffic in addition to the original destination.
	Mirrors *[]*VirtualServiceV1Beta1SpecHttpMirrors `field:"optional" json:"mirrors" yaml:"mirrors"`
	// The name assigned to the route for debugging purposes.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
	Redirect *VirtualServiceV1Beta1SpecHttpRedirect `field:"optional" json:"redirect" yaml:"redirect"`
	// Retry policy for HTTP requests.
	Retries *VirtualServiceV1Beta1SpecHttpRetries `field:"optional" json:"retries" yaml:"retries"`
	// Rewrite HTTP URIs and Authority headers.
	Rewrite *VirtualServiceV1Beta1SpecHttpRewrite `field:"optional" json:"rewrite" yaml:"rewrite"`
	// A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
	Route *[]*VirtualServiceV1Beta1SpecHttpRoute `field:"optional" json:"route" yaml:"route"`
	// Timeout for HTTP requests, default is disabled.
	Timeout *string `field:"optional" json:"timeout" yaml:"timeout"`
}

