package argoproj_argoprojio


// StableMetadata specify labels and annotations which will be attached to the stable pods for the duration which they act as a canary, and will be removed after.
type RolloutSpecStrategyCanaryStableMetadata struct {
	// Annotations additional annotations to add to the experiment.
	Annotations *map[string]*string `field:"optional" json:"annotations" yaml:"annotations"`
	// Labels Additional labels to add to the experiment.
	Labels *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
}

