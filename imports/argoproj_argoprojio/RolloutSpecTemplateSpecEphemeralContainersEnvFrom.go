package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersEnvFrom struct {
	ConfigMapRef *RolloutSpecTemplateSpecEphemeralContainersEnvFromConfigMapRef `field:"optional" json:"configMapRef" yaml:"configMapRef"`
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	SecretRef *RolloutSpecTemplateSpecEphemeralContainersEnvFromSecretRef `field:"optional" json:"secretRef" yaml:"secretRef"`
}

