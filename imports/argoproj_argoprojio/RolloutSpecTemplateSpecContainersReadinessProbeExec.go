package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersReadinessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

