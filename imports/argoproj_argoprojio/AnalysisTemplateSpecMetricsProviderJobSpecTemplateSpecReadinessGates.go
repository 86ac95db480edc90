package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecReadinessGates struct {
	ConditionType *string `field:"required" json:"conditionType" yaml:"conditionType"`
}

