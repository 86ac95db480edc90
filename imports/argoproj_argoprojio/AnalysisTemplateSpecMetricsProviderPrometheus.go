package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderPrometheus struct {
	Address *string `field:"optional" json:"address" yaml:"address"`
	Authentication *AnalysisTemplateSpecMetricsProviderPrometheusAuthentication `field:"optional" json:"authentication" yaml:"authentication"`
	Headers *[]*AnalysisTemplateSpecMetricsProviderPrometheusHeaders `field:"optional" json:"headers" yaml:"headers"`
	Insecure *bool `field:"optional" json:"insecure" yaml:"insecure"`
	Query *string `field:"optional" json:"query" yaml:"query"`
	RangeQuery *AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery `field:"optional" json:"rangeQuery" yaml:"rangeQuery"`
	Timeout *float64 `field:"optional" json:"timeout" yaml:"timeout"`
}

