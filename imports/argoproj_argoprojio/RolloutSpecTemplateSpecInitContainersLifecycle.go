package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecycle struct {
	PostStart *RolloutSpecTemplateSpecInitContainersLifecyclePostStart `field:"optional" json:"postStart" yaml:"postStart"`
	PreStop *RolloutSpecTemplateSpecInitContainersLifecyclePreStop `field:"optional" json:"preStop" yaml:"preStop"`
	StopSignal *string `field:"optional" json:"stopSignal" yaml:"stopSignal"`
}

