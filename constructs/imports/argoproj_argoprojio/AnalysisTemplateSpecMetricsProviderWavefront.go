package argoproj_argoprojio


// Wavefront specifies the wavefront metric to query.
type AnalysisTemplateSpecMetricsProviderWavefront struct {
	// Address is the HTTP address and port of the wavefront server.
	Address *string `field:"optional" json:"address" yaml:"address"`
	// Query is a raw wavefront query to perform.
	Query *string `field:"optional" json:"query" yaml:"query"`
}

