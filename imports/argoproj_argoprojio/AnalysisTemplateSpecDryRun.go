package argoproj_argoprojio


type AnalysisTemplateSpecDryRun struct {
	MetricName *string `field:"required" json:"metricName" yaml:"metricName"`
}

