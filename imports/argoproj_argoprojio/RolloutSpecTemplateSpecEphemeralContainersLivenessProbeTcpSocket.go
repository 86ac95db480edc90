package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocket struct {
	Port RolloutSpecTemplateSpecEphemeralContainersLivenessProbeTcpSocketPort `field:"required" json:"port" yaml:"port"`
	Host *string `field:"optional" json:"host" yaml:"host"`
}

