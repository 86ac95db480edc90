package argoproj_argoprojio


// Arguments for prometheus.
type AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery struct {
	// The end time to query in expr format e.g. now(), now() - duration("1h"), now() - duration("{{args.lookback_duration}}").
	End *string `field:"optional" json:"end" yaml:"end"`
	// The start time to query in expr format e.g. now(), now() - duration("1h"), now() - duration("{{args.lookback_duration}}").
	Start *string `field:"optional" json:"start" yaml:"start"`
	// The maximum time between two slices from the start to end (e.g. 30s, 5m, 1h).
	Step *string `field:"optional" json:"step" yaml:"step"`
}

