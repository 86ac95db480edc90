package istionetworking_networkingistioio


type DestinationRuleV1Beta1SpecSubsets struct {
	// Name of the subset.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Labels apply a filter over the endpoints of a service in the service registry.
	Labels *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
	// Traffic policies that apply to this subset.
	TrafficPolicy *DestinationRuleV1Beta1SpecSubsetsTrafficPolicy `field:"optional" json:"trafficPolicy" yaml:"trafficPolicy"`
}

