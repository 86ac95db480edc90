package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersEnv struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *RolloutSpecTemplateSpecEphemeralContainersEnvValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

