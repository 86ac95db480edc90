package argoproj_argoprojio


// Compute Resources required by this container.
//
// Cannot be updated.
// More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources struct {
	// Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
	//
	// This field depends on the
	// DynamicResourceAllocation feature gate.
	//
	// This field is immutable. It can only be set for containers.
	Claims *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims `field:"optional" json:"claims" yaml:"claims"`
	Limits interface{} `field:"optional" json:"limits" yaml:"limits"`
	Requests interface{} `field:"optional" json:"requests" yaml:"requests"`
}

