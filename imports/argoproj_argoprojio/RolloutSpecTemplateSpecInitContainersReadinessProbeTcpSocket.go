package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecInitContainersReadinessProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

