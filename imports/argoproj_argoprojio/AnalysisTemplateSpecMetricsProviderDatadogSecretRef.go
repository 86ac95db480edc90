package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderDatadogSecretRef struct {
	Name *string `field:"optional" json:"name" yaml:"name"`
	Namespaced *bool `field:"optional" json:"namespaced" yaml:"namespaced"`
}

