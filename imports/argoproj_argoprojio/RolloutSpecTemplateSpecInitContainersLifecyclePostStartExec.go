package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecyclePostStartExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

