package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket struct {
	Port RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

