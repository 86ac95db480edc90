package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentAnalyses struct {
	// Name is a name for this analysis template invocation.
	Name *string `field:"required" json:"name" yaml:"name"`
	// TemplateName reference of the AnalysisTemplate name used by the Experiment to create the run.
	TemplateName *string `field:"required" json:"templateName" yaml:"templateName"`
	// Args the arguments that will be added to the AnalysisRuns.
	Args *[]*RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs `field:"optional" json:"args" yaml:"args"`
	// Whether to look for the templateName at cluster scope or namespace scope.
	ClusterScope *bool `field:"optional" json:"clusterScope" yaml:"clusterScope"`
	// RequiredForCompletion blocks the Experiment from completing until the analysis has completed.
	RequiredForCompletion *bool `field:"optional" json:"requiredForCompletion" yaml:"requiredForCompletion"`
}

