package istiosecurity_securityistioio


// Peer authentication configuration for workloads.
//
// See more details at: https://istio.io/docs/reference/config/security/peer_authentication.html
type PeerAuthenticationV1Beta1Spec struct {
	// Mutual TLS settings for workload.
	Mtls *PeerAuthenticationV1Beta1SpecMtls `field:"optional" json:"mtls" yaml:"mtls"`
	// Port specific mutual TLS settings.
	PortLevelMtls *map[string]*PeerAuthenticationV1Beta1SpecPortLevelMtls `field:"optional" json:"portLevelMtls" yaml:"portLevelMtls"`
	// The selector determines the workloads to apply the PeerAuthentication on.
	Selector *PeerAuthenticationV1Beta1SpecSelector `field:"optional" json:"selector" yaml:"selector"`
}

