package argoproj_argoprojio


// ApiVersion refers to the Datadog API version being used (default: v1).
//
// v1 will eventually be deprecated.
type AnalysisTemplateSpecMetricsProviderDatadogApiVersion string

const (
	// v1.
	AnalysisTemplateSpecMetricsProviderDatadogApiVersion_V1 AnalysisTemplateSpecMetricsProviderDatadogApiVersion = "V1"
	// v2.
	AnalysisTemplateSpecMetricsProviderDatadogApiVersion_V2 AnalysisTemplateSpecMetricsProviderDatadogApiVersion = "V2"
)

