package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecInitContainersLivenessProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

