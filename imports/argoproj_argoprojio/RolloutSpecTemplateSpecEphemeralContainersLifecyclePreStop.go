package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStop struct {
	Exec *RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec `field:"optional" json:"exec" yaml:"exec"`
	HttpGet *RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopHttpGet `field:"optional" json:"httpGet" yaml:"httpGet"`
	Sleep *RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep `field:"optional" json:"sleep" yaml:"sleep"`
	TcpSocket *RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopTcpSocket `field:"optional" json:"tcpSocket" yaml:"tcpSocket"`
}

