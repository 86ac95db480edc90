package argoproj_argoprojio


type AnalysisTemplateSpec struct {
	Args *[]*AnalysisTemplateSpecArgs `field:"optional" json:"args" yaml:"args"`
	DryRun *[]*AnalysisTemplateSpecDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	MeasurementRetention *[]*AnalysisTemplateSpecMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	Metrics *[]*AnalysisTemplateSpecMetrics `field:"optional" json:"metrics" yaml:"metrics"`
	Templates *[]*AnalysisTemplateSpecTemplates `field:"optional" json:"templates" yaml:"templates"`
}

