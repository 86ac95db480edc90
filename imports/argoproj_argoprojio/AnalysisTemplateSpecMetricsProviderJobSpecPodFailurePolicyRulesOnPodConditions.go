package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions struct {
	Status *string `field:"required" json:"status" yaml:"status"`
	Type *string `field:"required" json:"type" yaml:"type"`
}

