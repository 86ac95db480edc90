package argoproj_argoprojio


// Job specifies the job metric run.
type AnalysisTemplateSpecMetricsProviderJob struct {
	// JobSpec describes how the job execution will look like.
	Spec *AnalysisTemplateSpecMetricsProviderJobSpec `field:"required" json:"spec" yaml:"spec"`
	Metadata *AnalysisTemplateSpecMetricsProviderJobMetadata `field:"optional" json:"metadata" yaml:"metadata"`
}

