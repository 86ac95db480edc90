package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRules struct {
	Action *string `field:"required" json:"action" yaml:"action"`
	ExitCodes *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersRestartPolicyRulesExitCodes `field:"optional" json:"exitCodes" yaml:"exitCodes"`
}

