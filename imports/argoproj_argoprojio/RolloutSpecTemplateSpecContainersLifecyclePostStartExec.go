package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecyclePostStartExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

