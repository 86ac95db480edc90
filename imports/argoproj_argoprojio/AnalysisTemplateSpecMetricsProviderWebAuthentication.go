package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderWebAuthentication struct {
	Oauth2 *AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2 `field:"optional" json:"oauth2" yaml:"oauth2"`
	Sigv4 *AnalysisTemplateSpecMetricsProviderWebAuthenticationSigv4 `field:"optional" json:"sigv4" yaml:"sigv4"`
}

