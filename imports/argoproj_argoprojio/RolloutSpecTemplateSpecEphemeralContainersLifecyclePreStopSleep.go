package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

