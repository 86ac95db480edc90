package argoproj_argoprojio


// DryRun defines the settings for running the analysis in Dry-Run mode.
type AnalysisTemplateSpecDryRun struct {
	// Name of the metric which needs to be evaluated in the Dry-Run mode.
	//
	// Wildcard '*' is supported and denotes all
	// the available metrics.
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

