package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecOs struct {
	Name *string `field:"required" json:"name" yaml:"name"`
}

