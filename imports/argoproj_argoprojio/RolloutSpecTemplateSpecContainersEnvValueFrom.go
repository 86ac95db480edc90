package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersEnvValueFrom struct {
	ConfigMapKeyRef *RolloutSpecTemplateSpecContainersEnvValueFromConfigMapKeyRef `field:"optional" json:"configMapKeyRef" yaml:"configMapKeyRef"`
	FieldRef *RolloutSpecTemplateSpecContainersEnvValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	FileKeyRef *RolloutSpecTemplateSpecContainersEnvValueFromFileKeyRef `field:"optional" json:"fileKeyRef" yaml:"fileKeyRef"`
	ResourceFieldRef *RolloutSpecTemplateSpecContainersEnvValueFromResourceFieldRef `field:"optional" json:"resourceFieldRef" yaml:"resourceFieldRef"`
	SecretKeyRef *RolloutSpecTemplateSpecContainersEnvValueFromSecretKeyRef `field:"optional" json:"secretKeyRef" yaml:"secretKeyRef"`
}

