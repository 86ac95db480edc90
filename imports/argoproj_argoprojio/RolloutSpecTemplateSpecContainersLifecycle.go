package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecycle struct {
	PostStart *RolloutSpecTemplateSpecContainersLifecyclePostStart `field:"optional" json:"postStart" yaml:"postStart"`
	PreStop *RolloutSpecTemplateSpecContainersLifecyclePreStop `field:"optional" json:"preStop" yaml:"preStop"`
	StopSignal *string `field:"optional" json:"stopSignal" yaml:"stopSignal"`
}

