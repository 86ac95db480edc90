package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket struct {
	Port RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

