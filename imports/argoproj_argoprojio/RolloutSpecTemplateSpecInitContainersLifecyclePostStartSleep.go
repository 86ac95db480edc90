package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersLifecyclePostStartSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

