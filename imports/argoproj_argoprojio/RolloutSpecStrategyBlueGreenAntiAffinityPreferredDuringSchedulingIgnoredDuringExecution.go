package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution struct {
	Weight *float64 `field:"required" json:"weight" yaml:"weight"`
}

