package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket struct {
	Port RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

