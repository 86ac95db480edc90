package argoproj_argoprojio


// Influxdb specifies the influxdb metric to query.
type AnalysisTemplateSpecMetricsProviderInfluxdb struct {
	// Profile is the name of the secret holding InfluxDB account configuration.
	Profile *string `field:"optional" json:"profile" yaml:"profile"`
	// Query is a raw InfluxDB flux query to perform.
	Query *string `field:"optional" json:"query" yaml:"query"`
}

