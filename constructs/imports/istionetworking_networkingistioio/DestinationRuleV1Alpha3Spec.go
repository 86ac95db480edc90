package istionetworking_networkingistioio


// Configuration affecting load balancing, outlier detection, etc.
//
// See more details at: https://istio.io/docs/reference/config/networking/destination-rule.html
type DestinationRuleV1Alpha3Spec struct {
	// The name of a service from the service registry.
	Host *string `field:"required" json:"host" yaml:"host"`
	// A list of namespaces to which this destination rule is exported.
	ExportTo *[]*string `field:"optional" json:"exportTo" yaml:"exportTo"`
	// One or more named sets that represent individual versions of a service.
	Subsets *[]*DestinationRuleV1Alpha3SpecSubsets `field:"optional" json:"subsets" yaml:"subsets"`
	// Traffic policies to apply (load balancing policy, connection pool sizes, outlier detection).
	TrafficPolicy *DestinationRuleV1Alpha3SpecTrafficPolicy `field:"optional" json:"trafficPolicy" yaml:"trafficPolicy"`
	// Criteria used to select the specific set of pods/VMs on which this `DestinationRule` configuration should be applied.
	WorkloadSelector *DestinationRuleV1Alpha3SpecWorkloadSelector `field:"optional" json:"workloadSelector" yaml:"workloadSelector"`
}

