package argoproj_argoprojio


// Sigv4 Config is the aws SigV4 configuration to use for SigV4 signing if using Amazon Managed Prometheus.
type AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4 struct {
	// Profile is the Credential Profile used to sign the SigV4 Request.
	Profile *string `field:"optional" json:"profile" yaml:"profile"`
	// Region is the AWS Region to sign the SigV4 Request.
	Region *string `field:"optional" json:"region" yaml:"region"`
	// RoleARN is the IAM role used to sign the SIgV4 Request.
	RoleArn *string `field:"optional" json:"roleArn" yaml:"roleArn"`
}

