package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLivenessProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecContainersLivenessProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

