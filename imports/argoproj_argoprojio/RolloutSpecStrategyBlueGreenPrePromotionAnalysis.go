package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPrePromotionAnalysis struct {
	AnalysisRunMetadata *RolloutSpecStrategyBlueGreenPrePromotionAnalysisAnalysisRunMetadata `field:"optional" json:"analysisRunMetadata" yaml:"analysisRunMetadata"`
	Args *[]*RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs `field:"optional" json:"args" yaml:"args"`
	DryRun *[]*RolloutSpecStrategyBlueGreenPrePromotionAnalysisDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	MeasurementRetention *[]*RolloutSpecStrategyBlueGreenPrePromotionAnalysisMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	Templates *[]*RolloutSpecStrategyBlueGreenPrePromotionAnalysisTemplates `field:"optional" json:"templates" yaml:"templates"`
}

