package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderGraphite struct {
	Address *string `field:"optional" json:"address" yaml:"address"`
	Query *string `field:"optional" json:"query" yaml:"query"`
}

