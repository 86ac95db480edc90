package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersEnvFromSecretRef struct {
	Name *string `field:"optional" json:"name" yaml:"name"`
	Optional *bool `field:"optional" json:"optional" yaml:"optional"`
}

