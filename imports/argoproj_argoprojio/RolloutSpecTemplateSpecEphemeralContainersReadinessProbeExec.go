package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersReadinessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

