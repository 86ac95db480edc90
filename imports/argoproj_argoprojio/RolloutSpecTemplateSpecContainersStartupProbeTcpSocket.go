package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersStartupProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecContainersStartupProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

