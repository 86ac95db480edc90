package argoproj_argoprojio


// PrePromotionAnalysis configuration to run analysis before a selector switch.
type RolloutSpecStrategyBlueGreenPrePromotionAnalysis struct {
	// AnalysisRunMetadata labels and annotations that will be added to the AnalysisRuns.
	AnalysisRunMetadata *RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	// Args the arguments that will be added to the AnalysisRuns.
	Args *[]*RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs `field:"optional" json:"args" yaml:"args"`
	// DryRun object contains the settings for running the analysis in Dry-Run mode.
	DryRun *[]*RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	// MeasurementRetention object contains the settings for retaining the number of measurements during the analysis.
	MeasurementRetention *[]*RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	// Templates reference to a list of analysis templates to combine for an AnalysisRun.
	Templates *[]*RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates `field:"optional" json:"templates" yaml:"templates"`
}

