package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersEnvFrom struct {
	ConfigMapRef *RolloutSpecTemplateSpecInitContainersEnvFromConfigMapRef `field:"optional" json:"configMapRef" yaml:"configMapRef"`
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	SecretRef *RolloutSpecTemplateSpecInitContainersEnvFromSecretRef `field:"optional" json:"secretRef" yaml:"secretRef"`
}

