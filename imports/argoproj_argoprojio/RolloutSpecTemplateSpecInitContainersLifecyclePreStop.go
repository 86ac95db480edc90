package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecyclePreStop struct {
	Exec *RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec `field:"optional" json:"exec" yaml:"exec"`
	HttpGet *RolloutSpecTemplateSpecInitContainersLifecyclePreStopHttpGet `field:"optional" json:"httpGet" yaml:"httpGet"`
	Sleep *RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep `field:"optional" json:"sleep" yaml:"sleep"`
	TcpSocket *RolloutSpecTemplateSpecInitContainersLifecyclePreStopTcpSocket `field:"optional" json:"tcpSocket" yaml:"tcpSocket"`
}

