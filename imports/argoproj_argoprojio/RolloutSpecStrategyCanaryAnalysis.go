package argoproj_argoprojio


type RolloutSpecStrategyCanaryAnalysis struct {
	AnalysisRunMetadata *RolloutSpecStrategyCanaryAnalysisAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	Args *[]*RolloutSpecStrategyCanaryAnalysisArgs `field:"optional" json:"args" yaml:"args"`
	DryRun *[]*RolloutSpecStrategyCanaryAnalysisDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	MeasurementRetention *[]*RolloutSpecStrategyCanaryAnalysisMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	StartingStep *float64 `field:"optional" json:"startingStep" yaml:"startingStep"`
	Templates *[]*RolloutSpecStrategyCanaryAnalysisTemplates `field:"optional" json:"templates" yaml:"templates"`
}

