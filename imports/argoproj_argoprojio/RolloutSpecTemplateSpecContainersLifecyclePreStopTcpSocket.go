package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket struct {
	Port RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

