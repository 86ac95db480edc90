package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderDatadogApiVersion string

const (
	// v1.
	AnalysisTemplateSpecMetricsProviderDatadogApiVersion_V1 AnalysisTemplateSpecMetricsProviderDatadogApiVersion = "V1"
	// v2.
	AnalysisTemplateSpecMetricsProviderDatadogApiVersion_V2 AnalysisTemplateSpecMetricsProviderDatadogApiVersion = "V2"
)

