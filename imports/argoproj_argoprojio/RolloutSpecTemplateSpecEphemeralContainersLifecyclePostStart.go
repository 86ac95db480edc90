package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStart struct {
	Exec *RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec `field:"optional" json:"exec" yaml:"exec"`
	HttpGet *RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartHttpGet `field:"optional" json:"httpGet" yaml:"httpGet"`
	Sleep *RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep `field:"optional" json:"sleep" yaml:"sleep"`
	TcpSocket *RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartTcpSocket `field:"optional" json:"tcpSocket" yaml:"tcpSocket"`
}

