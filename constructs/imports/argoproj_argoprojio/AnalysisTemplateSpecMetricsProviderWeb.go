package argoproj_argoprojio


// Web specifies a generic HTTP web metric.
type AnalysisTemplateSpecMetricsProviderWeb struct {
	// URL is the address of the web metric.
	Url *string `field:"required" json:"url" yaml:"url"`
	// Authentication details.
	Authentication *AnalysisTemplateSpecMetricsProviderWebAuthentication `field:"optional" json:"authentication" yaml:"authentication"`
	// Body is the body of the web metric (must be POST/PUT).
	Body *string `field:"optional" json:"body" yaml:"body"`
	// Headers are optional HTTP headers to use in the request.
	Headers *[]*AnalysisTemplateSpecMetricsProviderWebHeaders `field:"optional" json:"headers" yaml:"headers"`
	// Insecure skips host TLS verification.
	Insecure *bool `field:"optional" json:"insecure" yaml:"insecure"`
	// JSONBody is the body of the web metric in a json format (method must be POST/PUT).
	JsonBody interface{} `field:"optional" json:"jsonBody" yaml:"jsonBody"`
	// JSONPath is a JSON Path to use as the result variable (default: "{$}").
	JsonPath *string `field:"optional" json:"jsonPath" yaml:"jsonPath"`
	// Method is the method of the web metric (empty defaults to GET).
	Method *string `field:"optional" json:"method" yaml:"method"`
	// TimeoutSeconds is the timeout for the request in seconds (default: 10).
	TimeoutSeconds *float64 `field:"optional" json:"timeoutSeconds" yaml:"timeoutSeconds"`
}

