package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecEphemeralContainersStartupProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

