package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicy struct {
	Rules *[]*AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules `field:"required" json:"rules" yaml:"rules"`
}

