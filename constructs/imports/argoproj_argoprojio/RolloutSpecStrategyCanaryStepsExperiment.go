package argoproj_argoprojio


// Experiment defines the experiment object that should be created.
type RolloutSpecStrategyCanaryStepsExperiment struct {
	// Templates what templates that should be added to the experiment.
	//
	// Should be non-nil.
	Templates *[]*RolloutSpecStrategyCanaryStepsExperimentTemplates `field:"required" json:"templates" yaml:"templates"`
	// Analyses reference which analysis templates to run with the experiment.
	Analyses *[]*RolloutSpecStrategyCanaryStepsExperimentAnalyses `field:"optional" json:"analyses" yaml:"analyses"`
	// AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns.
	AnalysisRunMetadata *RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	// DryRun object contains the settings for running the analysis in Dry-Run mode.
	DryRun *[]*RolloutSpecStrategyCanaryStepsExperimentDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	// Duration is a duration string (e.g. 30s, 5m, 1h) that the experiment should run for.
	Duration *string `field:"optional" json:"duration" yaml:"duration"`
	// ScaleDownDelaySeconds is the number of seconds to wait before scaling down the old ReplicaSet.
	ScaleDownDelaySeconds *float64 `field:"optional" json:"scaleDownDelaySeconds" yaml:"scaleDownDelaySeconds"`
}

