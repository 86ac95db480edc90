package argoproj_argoprojio


// WorkloadRef holds a references to a workload that provides Pod template.
type RolloutSpecWorkloadRef struct {
	// API Version of the referent.
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	// Kind of the referent.
	Kind *string `field:"optional" json:"kind" yaml:"kind"`
	// Name of the referent.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Automatically scale down deployment.
	ScaleDown *string `field:"optional" json:"scaleDown" yaml:"scaleDown"`
}

