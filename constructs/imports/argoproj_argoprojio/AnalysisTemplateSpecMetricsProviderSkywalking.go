package argoproj_argoprojio


// SkyWalking specifies the skywalking metric to query.
type AnalysisTemplateSpecMetricsProviderSkywalking struct {
	Address *string `field:"optional" json:"address" yaml:"address"`
	// DurationString is a string representing a duration (e.g. 30s, 5m, 1h).
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	Query *string `field:"optional" json:"query" yaml:"query"`
}

