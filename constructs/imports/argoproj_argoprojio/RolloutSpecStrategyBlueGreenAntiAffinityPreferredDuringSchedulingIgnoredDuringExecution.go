package argoproj_argoprojio


// PreferredDuringSchedulingIgnoredDuringExecution defines the weight of the anti-affinity injection.
type RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution struct {
	// Weight associated with matching the corresponding podAffinityTerm, in the range 1-100.
	Weight *float64 `field:"required" json:"weight" yaml:"weight"`
}

