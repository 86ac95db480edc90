package argoproj_argoprojio


// PostPromotionAnalysis configuration to run analysis after a selector switch.
type RolloutSpecStrategyBlueGreenPostPromotionAnalysis struct {
	// AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns.
	AnalysisRunMetadata *RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	// Args the arguments that will be added to the AnalysisRuns.
	Args *[]*RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs `field:"optional" json:"args" yaml:"args"`
	// DryRun object contains the settings for running the analysis in Dry-Run mode.
	DryRun *[]*RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	// MeasurementRetention object contains the settings for retaining the number of measurements during the analysis.
	MeasurementRetention *[]*RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	// Templates reference to a list of analysis templates to combine for an AnalysisRun.
	Templates *[]*RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates `field:"optional" json:"templates" yaml:"templates"`
}

