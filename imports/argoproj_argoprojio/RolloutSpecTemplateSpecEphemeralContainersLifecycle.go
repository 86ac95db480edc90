package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecycle struct {
	PostStart *RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart `field:"optional" json:"postStart" yaml:"postStart"`
	PreStop *RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop `field:"optional" json:"preStop" yaml:"preStop"`
	StopSignal *string `field:"optional" json:"stopSignal" yaml:"stopSignal"`
}

