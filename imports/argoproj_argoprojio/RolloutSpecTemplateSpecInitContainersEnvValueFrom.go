package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersEnvValueFrom struct {
	ConfigMapKeyRef *RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef `field:"optional" json:"configMapKeyRef" yaml:"configMapKeyRef"`
	FieldRef *RolloutSpecTemplateSpecInitContainersEnvValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	FileKeyRef *RolloutSpecTemplateSpecInitContainersEnvValueFromFileKeyRef `field:"optional" json:"fileKeyRef" yaml:"fileKeyRef"`
	ResourceFieldRef *RolloutSpecTemplateSpecInitContainersEnvValueFromResourceFieldRef `field:"optional" json:"resourceFieldRef" yaml:"resourceFieldRef"`
	SecretKeyRef *RolloutSpecTemplateSpecInitContainersEnvValueFromSecretKeyRef `field:"optional" json:"secretKeyRef" yaml:"secretKeyRef"`
}

