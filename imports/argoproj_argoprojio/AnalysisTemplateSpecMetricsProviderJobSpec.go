package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpec struct {
	Template *AnalysisTemplateSpecMetricsProviderJobSpecTemplate `field:"required" json:"template" yaml:"template"`
	ActiveDeadlineSeconds *float64 `field:"optional" json:"activeDeadlineSeconds" yaml:"activeDeadlineSeconds"`
	BackoffLimit *float64 `field:"optional" json:"backoffLimit" yaml:"backoffLimit"`
	BackoffLimitPerIndex *float64 `field:"optional" json:"backoffLimitPerIndex" yaml:"backoffLimitPerIndex"`
	CompletionMode *string `field:"optional" json:"completionMode" yaml:"completionMode"`
	Completions *float64 `field:"optional" json:"completions" yaml:"completions"`
	ManagedBy *string `field:"optional" json:"managedBy" yaml:"managedBy"`
	ManualSelector *bool `field:"optional" json:"manualSelector" yaml:"manualSelector"`
	MaxFailedIndexes *float64 `field:"optional" json:"maxFailedIndexes" yaml:"maxFailedIndexes"`
	Parallelism *float64 `field:"optional" json:"parallelism" yaml:"parallelism"`
	PodFailurePolicy *AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy `field:"optional" json:"podFailurePolicy" yaml:"podFailurePolicy"`
	PodReplacementPolicy *string `field:"optional" json:"podReplacementPolicy" yaml:"podReplacementPolicy"`
	Selector *AnalysisTemplateSpecMetricsProviderJobSpecSelector `field:"optional" json:"selector" yaml:"selector"`
	SuccessPolicy *AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy `field:"optional" json:"successPolicy" yaml:"successPolicy"`
	Suspend *bool `field:"optional" json:"suspend" yaml:"suspend"`
	TtlSecondsAfterFinished *float64 `field:"optional" json:"ttlSecondsAfterFinished" yaml:"ttlSecondsAfterFinished"`
}

