package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJob struct {
	Spec *AnalysisTemplateSpecMetricsProviderJobSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *AnalysisTemplateSpecMetricsProviderJobMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

