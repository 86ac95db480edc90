package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersStartupProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

