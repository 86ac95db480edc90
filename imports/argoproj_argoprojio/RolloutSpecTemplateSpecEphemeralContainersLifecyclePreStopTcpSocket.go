package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket struct {
	Port RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

