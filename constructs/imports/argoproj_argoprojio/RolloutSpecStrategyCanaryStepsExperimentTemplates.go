package argoproj_argoprojio


// RolloutExperimentTemplate defines the template used to create experiments for the Rollout's experiment canary step.
type RolloutSpecStrategyCanaryStepsExperimentTemplates struct {
	// Name description of template that passed to the template.
	Name *string `field:"required" json:"name" yaml:"name"`
	// SpecRef indicates where the rollout should get the RS template from.
	SpecRef *string `field:"required" json:"specRef" yaml:"specRef"`
	// Metadata sets labels and annotations to use for the RS created from the template.
	Metadata *RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	// Replicas replica count for the template.
	Replicas *float64 `field:"optional" json:"replicas" yaml:"replicas"`
	// Selector overrides the selector to be used for the template's ReplicaSet.
	//
	// If omitted, will
	// use the same selector as the Rollout.
	Selector *RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector `field:"optional" json:"selector" yaml:"selector"`
	// Service controls the optionally generated service.
	Service *RolloutSpecStrategyCanaryStepsExperimentTemplatesService `field:"optional" json:"service" yaml:"service"`
	// Weight sets the percentage of traffic the template's replicas should receive.
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

