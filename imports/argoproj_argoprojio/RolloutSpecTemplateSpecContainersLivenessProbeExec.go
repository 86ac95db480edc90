package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLivenessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

