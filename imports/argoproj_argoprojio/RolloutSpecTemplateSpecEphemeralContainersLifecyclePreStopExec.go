package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

