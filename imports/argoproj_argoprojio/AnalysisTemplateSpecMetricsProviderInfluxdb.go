package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderInfluxdb struct {
	Profile *string `field:"optional" json:"profile" yaml:"profile"`
	Query *string `field:"optional" json:"query" yaml:"query"`
}

