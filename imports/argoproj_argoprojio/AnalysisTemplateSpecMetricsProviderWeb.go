package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderWeb struct {
	Url *string `field:"required" json:"url" yaml:"url"`
	Authentication *AnalysisTemplateSpecMetricsProviderWebAuthentication `field:"optional" json:"authentication" yaml:"authentication"`
	Body *string `field:"optional" json:"body" yaml:"body"`
	Headers *[]*AnalysisTemplateSpecMetricsProviderWebHeaders `field:"optional" json:"headers" yaml:"headers"`
	Insecure *bool `field:"optional" json:"insecure" yaml:"insecure"`
	JsonBody interface{} `field:"optional" json:"jsonBody" yaml:"jsonBody"`
	JsonPath *string `field:"optional" json:"jsonPath" yaml:"jsonPath"`
	Method *string `field:"optional" json:"method" yaml:"method"`
	TimeoutSeconds *float64 `field:"optional" json:"timeoutSeconds" yaml:"timeoutSeconds"`
}

