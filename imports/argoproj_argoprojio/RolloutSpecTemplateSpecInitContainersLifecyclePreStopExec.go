package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecyclePreStopExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

