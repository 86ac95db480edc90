package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecyclePreStopExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

