package argoproj_argoprojio


// CloudWatchMetricDataQuery defines the cloudwatch query.
type AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueries struct {
	Expression *string `field:"optional" json:"expression" yaml:"expression"`
	Id *string `field:"optional" json:"id" yaml:"id"`
	Label *string `field:"optional" json:"label" yaml:"label"`
	MetricStat *AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat `field:"optional" json:"metricStat" yaml:"metricStat"`
	Period AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesPeriod `field:"optional" json:"period" yaml:"period"`
	ReturnData *bool `field:"optional" json:"returnData" yaml:"returnData"`
}

