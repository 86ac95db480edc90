package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecyclePreStop struct {
	Exec *RolloutSpecTemplateSpecContainersLifecyclePreStopExec `field:"optional" json:"exec" yaml:"exec"`
	HttpGet *RolloutSpecTemplateSpecContainersLifecyclePreStopHttpGet `field:"optional" json:"httpGet" yaml:"httpGet"`
	Sleep *RolloutSpecTemplateSpecContainersLifecyclePreStopSleep `field:"optional" json:"sleep" yaml:"sleep"`
	TcpSocket *RolloutSpecTemplateSpecContainersLifecyclePreStopTcpSocket `field:"optional" json:"tcpSocket" yaml:"tcpSocket"`
}

