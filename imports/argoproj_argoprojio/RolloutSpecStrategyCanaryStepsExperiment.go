package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperiment struct {
	Templates *[]*RolloutSpecStrategyCanaryStepsExperimentTemplates `field:"required" json:"templates" yaml:"templates"`
	Analyses *[]*RolloutSpecStrategyCanaryStepsExperimentAnalyses `field:"optional" json:"analyses" yaml:"analyses"`
	AnalysisRunMetadata *RolloutSpecStrategyCanaryStepsExperimentAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	DryRun *[]*RolloutSpecStrategyCanaryStepsExperimentDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	Duration *string `field:"optional" json:"duration" yaml:"duration"`
	ScaleDownDelaySeconds *float64 `field:"optional" json:"scaleDownDelaySeconds" yaml:"scaleDownDelaySeconds"`
}

