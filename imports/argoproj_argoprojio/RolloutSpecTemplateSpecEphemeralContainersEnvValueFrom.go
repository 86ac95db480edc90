package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom struct {
	ConfigMapKeyRef *RolloutSpecTemplateSpecEphemeralContainersEnvValueFromConfigMapKeyRef `field:"optional" json:"configMapKeyRef" yaml:"configMapKeyRef"`
	FieldRef *RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFieldRef `field:"optional" json:"fieldRef" yaml:"fieldRef"`
	FileKeyRef *RolloutSpecTemplateSpecEphemeralContainersEnvValueFromFileKeyRef `field:"optional" json:"fileKeyRef" yaml:"fileKeyRef"`
	ResourceFieldRef *RolloutSpecTemplateSpecEphemeralContainersEnvValueFromResourceFieldRef `field:"optional" json:"resourceFieldRef" yaml:"resourceFieldRef"`
	SecretKeyRef *RolloutSpecTemplateSpecEphemeralContainersEnvValueFromSecretKeyRef `field:"optional" json:"secretKeyRef" yaml:"secretKeyRef"`
}

