package argoproj_argoprojio


// Aggregator is a type of aggregator to use for metrics-based queries (default: "").
//
// Used for v2.
type AnalysisTemplateSpecMetricsProviderDatadogAggregator string

const (
	// avg.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_AVG AnalysisTemplateSpecMetricsProviderDatadogAggregator = "AVG"
	// min.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_MIN AnalysisTemplateSpecMetricsProviderDatadogAggregator = "MIN"
	// max.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_MAX AnalysisTemplateSpecMetricsProviderDatadogAggregator = "MAX"
	// sum.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_SUM AnalysisTemplateSpecMetricsProviderDatadogAggregator = "SUM"
	// last.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_LAST AnalysisTemplateSpecMetricsProviderDatadogAggregator = "LAST"
	// percentile.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_PERCENTILE AnalysisTemplateSpecMetricsProviderDatadogAggregator = "PERCENTILE"
	// mean.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_MEAN AnalysisTemplateSpecMetricsProviderDatadogAggregator = "MEAN"
	// l2norm.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_L2NORM AnalysisTemplateSpecMetricsProviderDatadogAggregator = "L2NORM"
	// area.
	AnalysisTemplateSpecMetricsProviderDatadogAggregator_AREA AnalysisTemplateSpecMetricsProviderDatadogAggregator = "AREA"
)

