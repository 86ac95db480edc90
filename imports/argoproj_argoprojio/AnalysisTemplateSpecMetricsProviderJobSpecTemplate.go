package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplate struct {
	Metadata *AnalysisTemplateSpecMetricsProviderJobSpecTemplateMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	Spec *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpec `field:"optional" json:"spec" yaml:"spec"`
}

