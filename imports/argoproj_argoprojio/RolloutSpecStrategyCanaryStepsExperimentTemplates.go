package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentTemplates struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	SpecRef *string `field:"required" json:"specRef" yaml:"specRef"`
	Metadata *RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	Replicas *float64 `field:"optional" json:"replicas" yaml:"replicas"`
	Selector *RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector `field:"optional" json:"selector" yaml:"selector"`
	Service *RolloutSpecStrategyCanaryStepsExperimentTemplatesService `field:"optional" json:"service" yaml:"service"`
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

