package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersEnvFrom struct {
	ConfigMapRef *RolloutSpecTemplateSpecContainersEnvFromConfigMapRef `field:"optional" json:"configMapRef" yaml:"configMapRef"`
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	SecretRef *RolloutSpecTemplateSpecContainersEnvFromSecretRef `field:"optional" json:"secretRef" yaml:"secretRef"`
}

