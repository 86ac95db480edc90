package argoproj_argoprojio


// Authentication details.
type AnalysisTemplateSpecMetricsProviderPrometheusAuthentication struct {
	// OAuth2 config.
	Oauth2 *AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2 `field:"optional" json:"oauth2" yaml:"oauth2"`
	// Sigv4 Config is the aws SigV4 configuration to use for SigV4 signing if using Amazon Managed Prometheus.
	Sigv4 *AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4 `field:"optional" json:"sigv4" yaml:"sigv4"`
}

