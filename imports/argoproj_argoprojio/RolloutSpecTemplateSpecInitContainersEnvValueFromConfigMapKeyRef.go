package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersEnvValueFromConfigMapKeyRef struct {
	Key *string `field:"required" json:"key" yaml:"key"`
	Name *string `field:"optional" json:"name" yaml:"name"`
	Optional *bool `field:"optional" json:"optional" yaml:"optional"`
}

