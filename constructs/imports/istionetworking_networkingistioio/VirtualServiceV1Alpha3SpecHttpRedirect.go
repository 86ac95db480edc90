package istionetworking_networkingistioio


// A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
type VirtualServiceV1Alpha3SpecHttpRedirect struct {
	// On a redirect, overwrite the Authority/Host portion of the URL with this value.
	Authority *string `field:"optional" json:"authority" yaml:"authority"`
	// On a redirect, dynamically set the port: * FROM_PROTOCOL_DEFAULT: automatically set to 80 for HTTP and 443 for HTTPS.
	//
	// Valid Options: FROM_PROTOCOL_DEFAULT, FROM_REQUEST_PORT.
	DerivePort VirtualServiceV1Alpha3SpecHttpRedirectDerivePort `field:"optional" json:"derivePort" yaml:"derivePort"`
	// On a redirect, overwrite the port portion of the URL with this value.
	Port *float64 `field:"optional" json:"port" yaml:"port"`
	// On a redirect, Specifies the HTTP status code to use in the redirect response.
	RedirectCode *float64 `field:"optional" json:"redirectCode" yaml:"redirectCode"`
	// On a redirect, overwrite the scheme portion of the URL with this value.
	Scheme *string `field:"optional" json:"scheme" yaml:"scheme"`
	// On a redirect, overwrite the Path portion of the URL with this value.
	Uri *string `field:"optional" json:"uri" yaml:"uri"`
}

