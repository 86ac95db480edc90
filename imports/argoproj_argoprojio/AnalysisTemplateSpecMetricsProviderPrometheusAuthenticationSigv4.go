package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4 struct {
	Profile *string `field:"optional" json:"profile" yaml:"profile"`
	Region *string `field:"optional" json:"region" yaml:"region"`
	RoleArn *string `field:"optional" json:"roleArn" yaml:"roleArn"`
}

