package argoproj_argoprojio


// OAuth2 config.
type AnalysisTemplateSpecMetricsProviderWebAuthenticationOauth2 struct {
	// OAuth2 client ID.
	ClientId *string `field:"optional" json:"clientId" yaml:"clientId"`
	// OAuth2 client secret.
	ClientSecret *string `field:"optional" json:"clientSecret" yaml:"clientSecret"`
	// OAuth2 scopes.
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
	// OAuth2 provider token URL.
	TokenUrl *string `field:"optional" json:"tokenUrl" yaml:"tokenUrl"`
}

