package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPostPromotionAnalysis struct {
	AnalysisRunMetadata *RolloutSpecStrategyBlueGreenPostPromotionAnalysisAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	Args *[]*RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs `field:"optional" json:"args" yaml:"args"`
	DryRun *[]*RolloutSpecStrategyBlueGreenPostPromotionAnalysisDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	MeasurementRetention *[]*RolloutSpecStrategyBlueGreenPostPromotionAnalysisMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	Templates *[]*RolloutSpecStrategyBlueGreenPostPromotionAnalysisTemplates `field:"optional" json:"templates" yaml:"templates"`
}

