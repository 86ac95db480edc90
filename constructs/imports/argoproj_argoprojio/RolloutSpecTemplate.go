package argoproj_argoprojio


// Template describes the pods that will be created.
type RolloutSpecTemplate struct {
	Metadata *RolloutSpecTemplateMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// Specification of the desired behavior of the pod.
	//
	// More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
	Spec *RolloutSpecTemplateSpec `field:"optional" json:"spec" yaml:"spec"`
}

