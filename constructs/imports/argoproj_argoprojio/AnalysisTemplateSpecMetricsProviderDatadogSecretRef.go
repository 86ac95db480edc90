package argoproj_argoprojio


// Secret refers to the name of the secret that should be used for an analysis and should exists in the namespace where the controller is.
type AnalysisTemplateSpecMetricsProviderDatadogSecretRef struct {
	// Name refers to the name of the secret that should be used to integrate with Datadog.
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Namespaced indicates whether the secret is in the namespace where rollouts it installed or in the namespace where the metric was found.
	Namespaced *bool `field:"optional" json:"namespaced" yaml:"namespaced"`
}

