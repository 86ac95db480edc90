package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersRestartPolicyRulesExitCodes struct {
	Operator *string `field:"required" json:"operator" yaml:"operator"`
	Values *[]*float64 `field:"optional" json:"values" yaml:"values"`
}

