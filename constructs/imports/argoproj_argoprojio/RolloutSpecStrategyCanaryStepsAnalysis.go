package argoproj_argoprojio


// Analysis defines the AnalysisRun that will run for a step.
type RolloutSpecStrategyCanaryStepsAnalysis struct {
	// AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns.
	AnalysisRunMetadata *RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	// Args the arguments that will be added to the AnalysisRuns.
	Args *[]*RolloutSpecStrategyCanaryStepsAnalysisArgs `field:"optional" json:"args" yaml:"args"`
	// DryRun object contains the settings for running the analysis in Dry-Run mode.
	DryRun *[]*RolloutSpecStrategyCanaryStepsAnalysisDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	// MeasurementRetention object contains the settings for retaining the number of measurements during the analysis.
	MeasurementRetention *[]*RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	// Templates reference to a list of analysis templates to combine for an AnalysisRun.
	Templates *[]*RolloutSpecStrategyCanaryStepsAnalysisTemplates `field:"optional" json:"templates" yaml:"templates"`
}

