package istionetworking_networkingistioio


// Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
type VirtualServiceV1Beta1SpecHttpFaultAbort struct {
	// GRPC status code to use to abort the request.
	GrpcStatus *string `field:"optional" json:"grpcStatus" yaml:"grpcStatus"`
	Http2Error *string `field:"optional" json:"http2Error" yaml:"http2Error"`
	// HTTP status code to use to abort the Http request.
	HttpStatus *float64 `field:"optional" json:"httpStatus" yaml:"httpStatus"`
	// Percentage of requests to be aborted with the error code provided.
	Percentage *VirtualServiceV1Beta1SpecHttpFaultAbortPercentage `field:"optional" json:"percentage" yaml:"percentage"`
}

