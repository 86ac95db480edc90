package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderNewRelic struct {
	Query *string `field:"required" json:"query" yaml:"query"`
	Profile *string `field:"optional" json:"profile" yaml:"profile"`
	Timeout *float64 `field:"optional" json:"timeout" yaml:"timeout"`
}

