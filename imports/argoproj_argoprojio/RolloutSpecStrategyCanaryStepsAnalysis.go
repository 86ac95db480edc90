package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsAnalysis struct {
	AnalysisRunMetadata *RolloutSpecStrategyCanaryStepsAnalysisAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	Args *[]*RolloutSpecStrategyCanaryStepsAnalysisArgs `field:"optional" json:"args" yaml:"args"`
	DryRun *[]*RolloutSpecStrategyCanaryStepsAnalysisDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	MeasurementRetention *[]*RolloutSpecStrategyCanaryStepsAnalysisMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	Templates *[]*RolloutSpecStrategyCanaryStepsAnalysisTemplates `field:"optional" json:"templates" yaml:"templates"`
}

