package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric struct {
	Dimensions *[]*AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetricDimensions `field:"optional" json:"dimensions" yaml:"dimensions"`
	MetricName *string `field:"optional" json:"metricName" yaml:"metricName"`
	Namespace *string `field:"optional" json:"namespace" yaml:"namespace"`
}

