package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

