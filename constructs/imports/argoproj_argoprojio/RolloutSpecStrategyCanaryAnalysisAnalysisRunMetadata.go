package argoproj_argoprojio


// AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns.
type RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata struct {
	// Annotations additional annotations to add to the AnalysisRun.
	Annotations *map[string]*string `field:"optional" json:"annotations" yaml:"annotations"`
	// Labels Additional labels to add to the AnalysisRun.
	Labels *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
}

