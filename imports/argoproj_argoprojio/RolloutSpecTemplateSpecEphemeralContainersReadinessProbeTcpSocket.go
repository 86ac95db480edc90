package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecEphemeralContainersReadinessProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

