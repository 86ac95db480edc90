package argoproj_argoprojio


type RolloutSpecStrategyCanaryAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution struct {
	Weight *float64 `field:"required" json:"weight" yaml:"weight"`
}

