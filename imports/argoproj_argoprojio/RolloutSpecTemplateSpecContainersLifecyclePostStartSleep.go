package argoproj_argoprojio


type RolloutSpecTemplateSpecContainersLifecyclePostStartSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

