package argoproj_argoprojio


// Metadata sets labels and annotations to use for the RS created from the template.
type RolloutSpecStrategyCanaryStepsExperimentTemplatesMetadata struct {
	// Annotations additional annotations to add to the experiment.
	Annotations *map[string]*string `field:"optional" json:"annotations" yaml:"annotations"`
	// Labels Additional labels to add to the experiment.
	Labels *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
}

