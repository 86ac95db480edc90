package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRules struct {
	Action *string `field:"required" json:"action" yaml:"action"`
	ExitCodes *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersRestartPolicyRulesExitCodes `field:"optional" json:"exitCodes" yaml:"exitCodes"`
}

