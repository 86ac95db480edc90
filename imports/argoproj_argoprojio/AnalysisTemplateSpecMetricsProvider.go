package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProvider struct {
	CloudWatch *AnalysisTemplateSpecMetricsProviderCloudWatch `field:"optional" json:"cloudWatch" yaml:"cloudWatch"`
	Datadog *AnalysisTemplateSpecMetricsProviderDatadog `field:"optional" json:"datadog" yaml:"datadog"`
	Graphite *AnalysisTemplateSpecMetricsProviderGraphite `field:"optional" json:"graphite" yaml:"graphite"`
	Influxdb *AnalysisTemplateSpecMetricsProviderInfluxdb `field:"optional" json:"influxdb" yaml:"influxdb"`
	Job *AnalysisTemplateSpecMetricsProviderJob `field:"optional" json:"job" yaml:"job"`
	Kayenta *AnalysisTemplateSpecMetricsProviderKayenta `field:"optional" json:"kayenta" yaml:"kayenta"`
	NewRelic *AnalysisTemplateSpecMetricsProviderNewRelic `field:"optional" json:"newRelic" yaml:"newRelic"`
	Plugin interface{} `field:"optional" json:"plugin" yaml:"plugin"`
	Prometheus *AnalysisTemplateSpecMetricsProviderPrometheus `field:"optional" json:"prometheus" yaml:"prometheus"`
	Skywalking *AnalysisTemplateSpecMetricsProviderSkywalking `field:"optional" json:"skywalking" yaml:"skywalking"`
	Wavefront *AnalysisTemplateSpecMetricsProviderWavefront `field:"optional" json:"wavefront" yaml:"wavefront"`
	Web *AnalysisTemplateSpecMetricsProviderWeb `field:"optional" json:"web" yaml:"web"`
}

