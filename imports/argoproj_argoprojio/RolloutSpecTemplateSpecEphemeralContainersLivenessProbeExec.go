package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLivenessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

