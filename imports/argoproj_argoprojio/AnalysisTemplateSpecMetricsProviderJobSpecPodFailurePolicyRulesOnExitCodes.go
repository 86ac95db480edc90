package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecPodFailurePolicyRulesOnExitCodes struct {
	Operator *string `field:"required" json:"operator" yaml:"operator"`
	Values *[]*float64 `field:"required" json:"values" yaml:"values"`
	ContainerName *string `field:"optional" json:"containerName" yaml:"containerName"`
}

