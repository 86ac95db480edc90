package istiosecurity_securityistioio


// Peer authentication configuration for workloads.
//
// See more details at: https://istio.io/docs/reference/config/security/peer_authentication.html
type PeerAuthenticationSpec struct {
	// Mutual TLS settings for workload.
	Mtls *PeerAuthenticationSpecMtls `field:"optional" json:"mtls" yaml:"mtls"`
	// Port specific mutual TLS settings.
	PortLevelMtls *map[string]*PeerAuthenticationSpecPortLevelMtls `field:"optional" json:"portLevelMtls" yaml:"portLevelMtls"`
	// The selector determines the workloads to apply the PeerAuthentication on.
	Selector *PeerAuthenticationSpecSelector `field:"optional" json:"selector" yaml:"selector"`
}

