package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecSuccessPolicyRules struct {
	SucceededCount *float64 `field:"optional" json:"succeededCount" yaml:"succeededCount"`
	SucceededIndexes *string `field:"optional" json:"succeededIndexes" yaml:"succeededIndexes"`
}

