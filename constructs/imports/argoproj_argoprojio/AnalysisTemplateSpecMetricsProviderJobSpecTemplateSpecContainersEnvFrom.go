package argoproj_argoprojio


// EnvFromSource represents the source of a set of ConfigMaps or Secrets.
type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFrom struct {
	// The ConfigMap to select from.
	ConfigMapRef *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromConfigMapRef `field:"optional" json:"configMapRef" yaml:"configMapRef"`
	// Optional text to prepend to the name of each environment variable.
	//
	// May consist of any printable ASCII characters except '='.
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	// The Secret to select from.
	SecretRef *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersEnvFromSecretRef `field:"optional" json:"secretRef" yaml:"secretRef"`
}

