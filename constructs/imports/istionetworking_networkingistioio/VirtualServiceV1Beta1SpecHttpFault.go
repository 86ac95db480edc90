package istionetworking_networkingistioio


// Fault injection policy to apply on HTTP traffic at the client side.
type VirtualServiceV1Beta1SpecHttpFault struct {
	// Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
	Abort *VirtualServiceV1Beta1SpecHttpFaultAbort `field:"optional" json:"abort" yaml:"abort"`
	// Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.
	Delay *VirtualServiceV1Beta1SpecHttpFaultDelay `field:"optional" json:"delay" yaml:"delay"`
}

