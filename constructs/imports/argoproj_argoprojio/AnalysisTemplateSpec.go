package argoproj_argoprojio


// AnalysisTemplateSpec is the specification for a AnalysisTemplate resource.
type AnalysisTemplateSpec struct {
	// Args are the list of arguments to the template.
	Args *[]*AnalysisTemplateSpecArgs `field:"optional" json:"args" yaml:"args"`
	// DryRun object contains the settings for running the analysis in Dry-Run mode.
	DryRun *[]*AnalysisTemplateSpecDryRun `field:"optional" json:"dryRun" yaml:"dryRun"`
	// MeasurementRetention object contains the settings for retaining the number of measurements during the analysis.
	MeasurementRetention *[]*AnalysisTemplateSpecMeasurementRetention `field:"optional" json:"measurementRetention" yaml:"measurementRetention"`
	// Metrics contains the list of metrics to query as part of an analysis run.
	Metrics *[]*AnalysisTemplateSpecMetrics `field:"optional" json:"metrics" yaml:"metrics"`
	// Templates reference to a list of analysis templates to combine with the rest of the metrics for an AnalysisRun.
	Templates *[]*AnalysisTemplateSpecTemplates `field:"optional" json:"templates" yaml:"templates"`
}

