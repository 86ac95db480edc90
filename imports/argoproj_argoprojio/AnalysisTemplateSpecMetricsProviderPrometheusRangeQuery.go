package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderPrometheusRangeQuery struct {
	End *string `field:"optional" json:"end" yaml:"end"`
	Start *string `field:"optional" json:"start" yaml:"start"`
	Step *string `field:"optional" json:"step" yaml:"step"`
}

