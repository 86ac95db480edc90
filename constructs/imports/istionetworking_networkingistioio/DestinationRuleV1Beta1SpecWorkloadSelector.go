package istionetworking_networkingistioio


// Criteria used to select the specific set of pods/VMs on which this `DestinationRule` configuration should be applied.
type DestinationRuleV1Beta1SpecWorkloadSelector struct {
	// One or more labels that indicate a specific set of pods/VMs on which a policy should be applied.
	MatchLabels *map[string]*string `field:"optional" json:"matchLabels" yaml:"matchLabels"`
}

