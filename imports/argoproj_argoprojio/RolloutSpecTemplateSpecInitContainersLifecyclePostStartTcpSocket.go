package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket struct {
	Port RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

