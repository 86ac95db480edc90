package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderCloudWatch struct {
	MetricDataQueries *[]*AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries `field:"required" json:"metricDataQueries" yaml:"metricDataQueries"`
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
}

