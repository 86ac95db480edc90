package argoproj_argoprojio


// Datadog specifies a datadog metric to query.
type AnalysisTemplateSpecMetricsProviderDatadog struct {
	// Aggregator is a type of aggregator to use for metrics-based queries (default: "").
	//
	// Used for v2.
	Aggregator AnalysisTemplateSpecMetricsProviderDatadogAggregator `field:"optional" json:"aggregator" yaml:"aggregator"`
	// ApiVersion refers to the Datadog API version being used (default: v1).
	//
	// v1 will eventually be deprecated.
	ApiVersion AnalysisTemplateSpecMetricsProviderDatadogApiVersion `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	// Formula refers to the Formula made up of the queries.
	//
	// Only useful with Queries. Used for v2
	Formula *string `field:"optional" json:"formula" yaml:"formula"`
	// Interval refers to the Interval time window in Datadog (default: 5m).
	//
	// Not to be confused with the polling rate for the metric.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// Queries is a map of query_name_as_key: query.
	//
	// You can then use query_name_as_key inside Formula.Used for v2
	Queries *map[string]*string `field:"optional" json:"queries" yaml:"queries"`
	Query *string `field:"optional" json:"query" yaml:"query"`
	// RequestTimeout overrides the HTTP client timeout for requests to the Datadog API (e.g. 10s, 30s; default: 10s).
	RequestTimeout *string `field:"optional" json:"requestTimeout" yaml:"requestTimeout"`
	// Secret refers to the name of the secret that should be used for an analysis and should exists in the namespace where the controller is.
	SecretRef *AnalysisTemplateSpecMetricsProviderDatadogSecretRef `field:"optional" json:"secretRef" yaml:"secretRef"`
}

