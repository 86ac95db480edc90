package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersStartupProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

