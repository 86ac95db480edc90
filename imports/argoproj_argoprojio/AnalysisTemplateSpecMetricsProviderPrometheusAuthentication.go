package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderPrometheusAuthentication struct {
	Oauth2 *AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2 `field:"optional" json:"oauth2" yaml:"oauth2"`
	Sigv4 *AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationSigv4 `field:"optional" json:"sigv4" yaml:"sigv4"`
}

