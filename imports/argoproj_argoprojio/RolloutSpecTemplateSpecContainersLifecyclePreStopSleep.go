package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecyclePreStopSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

