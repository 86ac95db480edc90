package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecInitContainersStartupProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

