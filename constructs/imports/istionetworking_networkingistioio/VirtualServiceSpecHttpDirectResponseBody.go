package istionetworking_networkingistioio


// Specifies the content of the response body.
type VirtualServiceSpecHttpDirectResponseBody struct {
	// response body as base64 encoded bytes.
	Bytes *string `field:"optional" json:"bytes" yaml:"bytes"`
	String *string `field:"optional" json:"string" yaml:"string"`
}

