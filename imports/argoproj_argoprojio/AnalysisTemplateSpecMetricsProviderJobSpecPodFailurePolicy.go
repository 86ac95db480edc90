package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicy struct {
	Rules *[]*AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules `field:"required" json:"rules" yaml:"rules"`
}

