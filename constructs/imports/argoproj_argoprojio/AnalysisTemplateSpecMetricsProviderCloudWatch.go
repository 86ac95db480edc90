package argoproj_argoprojio


// CloudWatch specifies the cloudWatch metric to query.
type AnalysisTemplateSpecMetricsProviderCloudWatch struct {
	MetricDataQueries *[]*AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries `field:"required" json:"metricDataQueries" yaml:"metricDataQueries"`
	// DurationString is a string representing a duration (e.g. 30s, 5m, 1h).
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
}

