package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

