package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecyclePostStart struct {
	Exec *RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec `field:"optional" json:"exec" yaml:"exec"`
	HttpGet *RolloutSpecTemplateSpecInitContainersLifecyclePostStartHttpGet `field:"optional" json:"httpGet" yaml:"httpGet"`
	Sleep *RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep `field:"optional" json:"sleep" yaml:"sleep"`
	TcpSocket *RolloutSpecTemplateSpecInitContainersLifecyclePostStartTcpSocket `field:"optional" json:"tcpSocket" yaml:"tcpSocket"`
}

