package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLivenessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

