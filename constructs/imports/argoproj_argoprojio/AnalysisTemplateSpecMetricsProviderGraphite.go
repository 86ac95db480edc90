package argoproj_argoprojio


// Graphite specifies the Graphite metric to query.
type AnalysisTemplateSpecMetricsProviderGraphite struct {
	// Address is the HTTP address and port of the Graphite server.
	Address *string `field:"optional" json:"address" yaml:"address"`
	// Query is a raw Graphite query to perform.
	Query *string `field:"optional" json:"query" yaml:"query"`
}

