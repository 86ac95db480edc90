package argoproj_argoprojio


// Prometheus specifies the prometheus metric to query.
type AnalysisTemplateSpecMetricsProviderPrometheus struct {
	// Address is the HTTP address and port of the prometheus server.
	Address *string `field:"optional" json:"address" yaml:"address"`
	// Authentication details.
	Authentication *AnalysisTemplateSpecMetricsProviderPrometheusAuthentication `field:"optional" json:"authentication" yaml:"authentication"`
	// Headers are optional HTTP headers to use in the request.
	Headers *[]*AnalysisTemplateSpecMetricsProviderPrometheusHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Insecure skips host TLS verification.
	Insecure *bool `field:"optional" json:"insecure" yaml:"insecure"`
	// Query is a raw prometheus query to perform.
	Query *string `field:"optional" json:"query" yaml:"query"`
	// Arguments for prometheus.
	RangeQuery *AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery `field:"optional" json:"rangeQuery" yaml:"rangeQuery"`
	// Timeout represents the duration within which a prometheus query should complete.
	//
	// It is expressed in seconds.
	Timeout *float64 `field:"optional" json:"timeout" yaml:"timeout"`
}

