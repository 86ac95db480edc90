package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderPrometheusAuthenticationOauth2 struct {
	ClientId *string `field:"optional" json:"clientId" yaml:"clientId"`
	ClientSecret *string `field:"optional" json:"clientSecret" yaml:"clientSecret"`
	Scopes *[]*string `field:"optional" json:"scopes" yaml:"scopes"`
	TokenUrl *string `field:"optional" json:"tokenUrl" yaml:"tokenUrl"`
}

