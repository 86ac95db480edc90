package argoproj_argoprojio


// Provider configuration to the external system to use to verify the analysis.
type AnalysisTemplateSpecMetricsProvider struct {
	// CloudWatch specifies the cloudWatch metric to query.
	CloudWatch *AnalysisTemplateSpecMetricsProviderCloudWatch `field:"optional" json:"cloudWatch" yaml:"cloudWatch"`
	// Datadog specifies a datadog metric to query.
	Datadog *AnalysisTemplateSpecMetricsProviderDatadog `field:"optional" json:"datadog" yaml:"datadog"`
	// Graphite specifies the Graphite metric to query.
	Graphite *AnalysisTemplateSpecMetricsProviderGraphite `field:"optional" json:"graphite" yaml:"graphite"`
	// Influxdb specifies the influxdb metric to query.
	Influxdb *AnalysisTemplateSpecMetricsProviderInfluxdb `field:"optional" json:"influxdb" yaml:"influxdb"`
	// Job specifies the job metric run.
	Job *AnalysisTemplateSpecMetricsProviderJob `field:"optional" json:"job" yaml:"job"`
	// Kayenta specifies a Kayenta metric.
	Kayenta *AnalysisTemplateSpecMetricsProviderKayenta `field:"optional" json:"kayenta" yaml:"kayenta"`
	// NewRelic specifies the newrelic metric to query.
	NewRelic *AnalysisTemplateSpecMetricsProviderNewRelic `field:"optional" json:"newRelic" yaml:"newRelic"`
	// Plugin specifies the hashicorp go-plugin metric to query.
	Plugin interface{} `field:"optional" json:"plugin" yaml:"plugin"`
	// Prometheus specifies the prometheus metric to query.
	Prometheus *AnalysisTemplateSpecMetricsProviderPrometheus `field:"optional" json:"prometheus" yaml:"prometheus"`
	// SkyWalking specifies the skywalking metric to query.
	Skywalking *AnalysisTemplateSpecMetricsProviderSkywalking `field:"optional" json:"skywalking" yaml:"skywalking"`
	// Wavefront specifies the wavefront metric to query.
	Wavefront *AnalysisTemplateSpecMetricsProviderWavefront `field:"optional" json:"wavefront" yaml:"wavefront"`
	// Web specifies a generic HTTP web metric.
	Web *AnalysisTemplateSpecMetricsProviderWeb `field:"optional" json:"web" yaml:"web"`
}

