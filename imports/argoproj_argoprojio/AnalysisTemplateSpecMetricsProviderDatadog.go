package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderDatadog struct {
	Aggregator AnalysisTemplateSpecMetricsProviderDatadogAggregator `field:"optional" json:"aggregator" yaml:"aggregator"`
	ApiVersion AnalysisTemplateSpecMetricsProviderDatadogApiVersion `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	Formula *string `field:"optional" json:"formula" yaml:"formula"`
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	Queries *map[string]*string `field:"optional" json:"queries" yaml:"queries"`
	Query *string `field:"optional" json:"query" yaml:"query"`
	SecretRef *AnalysisTemplateSpecMetricsProviderDatadogSecretRef `field:"optional" json:"secretRef" yaml:"secretRef"`
}

