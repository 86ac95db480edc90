package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersReadinessProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecContainersReadinessProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

