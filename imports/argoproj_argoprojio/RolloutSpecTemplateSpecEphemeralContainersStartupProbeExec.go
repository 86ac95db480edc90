package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersStartupProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

