package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersReadinessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

