package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRules struct {
	Action *string `field:"required" json:"action" yaml:"action"`
	OnExitCodes *AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes `field:"optional" json:"onExitCodes" yaml:"onExitCodes"`
	OnPodConditions *[]*AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnPodConditions `field:"optional" json:"onPodConditions" yaml:"onPodConditions"`
}

