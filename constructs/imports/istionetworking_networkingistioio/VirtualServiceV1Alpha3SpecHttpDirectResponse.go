package istionetworking_networkingistioio


// A HTTP rule can either return a direct_response, redirect or forward (default) traffic.
type VirtualServiceV1Alpha3SpecHttpDirectResponse struct {
	// Specifies the HTTP response status to be returned.
	Status *float64 `field:"required" json:"status" yaml:"status"`
	// Specifies the content of the response body.
	Body *VirtualServiceV1Alpha3SpecHttpDirectResponseBody `field:"optional" json:"body" yaml:"body"`
}

