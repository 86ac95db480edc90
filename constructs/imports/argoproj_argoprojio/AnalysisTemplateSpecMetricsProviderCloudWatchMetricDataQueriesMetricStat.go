package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStat struct {
	Metric *AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatMetric `field:"optional" json:"metric" yaml:"metric"`
	Period AnalysisTemplateSpecMetricsProviderCloudWatchMetricDataQueriesMetricStatPeriod `field:"optional" json:"period" yaml:"period"`
	Stat *string `field:"optional" json:"stat" yaml:"stat"`
	Unit *string `field:"optional" json:"unit" yaml:"unit"`
}

