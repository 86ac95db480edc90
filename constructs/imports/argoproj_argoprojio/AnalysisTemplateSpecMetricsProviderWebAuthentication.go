package argoproj_argoprojio


// Authentication details.
type AnalysisTemplateSpecMetricsProviderWebAuthentication struct {
	// OAuth2 config.
	Oauth2 *AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2 `field:"optional" json:"oauth2" yaml:"oauth2"`
	// Sigv4 Config is the aws SigV4 configuration to use for SigV4 signing if using Amazon Managed Prometheus.
	Sigv4 *AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4 `field:"optional" json:"sigv4" yaml:"sigv4"`
}

