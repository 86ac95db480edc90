package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecSchedulingGates struct {
	Name *string `field:"required" json:"name" yaml:"name"`
}

