package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersEnv struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *RolloutSpecTemplateSpecInitContainersEnvValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

