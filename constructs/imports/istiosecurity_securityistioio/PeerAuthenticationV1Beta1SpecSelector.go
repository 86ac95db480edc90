package istiosecurity_securityistioio


// The selector determines the workloads to apply the PeerAuthentication on.
type PeerAuthenticationV1Beta1SpecSelector struct {
	// One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.
	MatchLabels *map[string]*string `field:"optional" json:"matchLabels" yaml:"matchLabels"`
}

