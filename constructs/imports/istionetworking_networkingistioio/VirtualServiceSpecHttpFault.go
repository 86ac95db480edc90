package istionetworking_networkingistioio


// Fault injection policy to apply on HTTP traffic at the client side.
type VirtualServiceSpecHttpFault struct {
	// Abort Http request attempts and return error codes back to downstream service, giving the impression that the upstream service is faulty.
	Abort *VirtualServiceSpecHttpFaultAbort `field:"optional" json:"abort" yaml:"abort"`
	// Delay requests before forwarding, emulating various failures such as network issues, overloaded upstream service, etc.
	Delay *VirtualServiceSpecHttpFaultDelay `field:"optional" json:"delay" yaml:"delay"`
}

