package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderWebHeaders struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Value *string `field:"required" json:"value" yaml:"value"`
}

