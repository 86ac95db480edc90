package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecyclePostStart struct {
	Exec *RolloutSpecTemplateSpecContainersLifecyclePostStartExec `field:"optional" json:"exec" yaml:"exec"`
	HttpGet *RolloutSpecTemplateSpecContainersLifecyclePostStartHttpGet `field:"optional" json:"httpGet" yaml:"httpGet"`
	Sleep *RolloutSpecTemplateSpecContainersLifecyclePostStartSleep `field:"optional" json:"sleep" yaml:"sleep"`
	TcpSocket *RolloutSpecTemplateSpecContainersLifecyclePostStartTcpSocket `field:"optional" json:"tcpSocket" yaml:"tcpSocket"`
}

