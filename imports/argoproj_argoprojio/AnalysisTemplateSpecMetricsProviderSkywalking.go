package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderSkywalking struct {
	Address *string `field:"optional" json:"address" yaml:"address"`
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	Query *string `field:"optional" json:"query" yaml:"query"`
}

