package argoproj_argoprojio


// NewRelic specifies the newrelic metric to query.
type AnalysisTemplateSpecMetricsProviderNewRelic struct {
	// Query is a raw newrelic NRQL query to perform.
	Query *string `field:"required" json:"query" yaml:"query"`
	// Profile is the name of the secret holding NR account configuration.
	Profile *string `field:"optional" json:"profile" yaml:"profile"`
	// Timeout represents the duration limit in seconds that will apply to the NRQL query.
	Timeout *float64 `field:"optional" json:"timeout" yaml:"timeout"`
}

