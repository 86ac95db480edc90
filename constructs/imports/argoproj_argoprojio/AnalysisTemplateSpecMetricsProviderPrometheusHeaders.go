package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderPrometheusHeaders struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

