package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecyclePreStopSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

