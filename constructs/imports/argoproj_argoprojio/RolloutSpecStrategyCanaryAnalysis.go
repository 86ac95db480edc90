package argoproj_argoprojio


// Analysis runs a separate analysisRun while all the steps execute.
//
// This is intended to be a continuous validation of the new ReplicaSet.
type RolloutSpecStrategyCanaryAnalysis struct {
	// AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns.
	AnalysisRunMetadata *RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	// Args the arguments that will be added to the AnalysisRuns.
	Args *[]*RolloutSpecStrategyCanaryAnalysisArgs `field:"optional" json:"args" yaml:"args"`
	// DryRun object contains the settings for running the analysis in Dry-Run mode.
	DryRun *[]*RolloutSpecStrategyCanaryAnalysisDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	// MeasurementRetention object contains the settings for retaining the number of measurements during the analysis.
	MeasurementRetention *[]*RolloutSpecStrategyCanaryAnalysisMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	// StartingStep indicates which step the background analysis should start on If not listed, controller defaults to 0.
	StartingStep *float64 `field:"optional" json:"startingStep" yaml:"startingStep"`
	// Templates reference to a list of analysis templates to combine for an AnalysisRun.
	Templates *[]*RolloutSpecStrategyCanaryAnalysisTemplates `field:"optional" json:"templates" yaml:"templates"`
}

