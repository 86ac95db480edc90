package argoproj_argoprojio


// Resources are not allowed for ephemeral containers.
//
// Ephemeral containers use spare resources
// already allocated to the pod.
type RolloutSpecTemplateSpecEphemeralContainersResources struct {
	// Claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.
	//
	// This field depends on the
	// DynamicResourceAllocation feature gate.
	//
	// This field is immutable. It can only be set for containers.
	Claims *[]*RolloutSpecTemplateSpecEphemeralContainersResourcesClaims `field:"optional" json:"claims" yaml:"claims"`
	Limits interface{} `field:"optional" json:"limits" yaml:"limits"`
	Requests interface{} `field:"optional" json:"requests" yaml:"requests"`
}

