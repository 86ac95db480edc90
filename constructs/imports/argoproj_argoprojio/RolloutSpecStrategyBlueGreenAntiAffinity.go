package argoproj_argoprojio


// AntiAffinity enables anti-affinity rules for Blue Green deployment.
type RolloutSpecStrategyBlueGreenAntiAffinity struct {
	// PreferredDuringSchedulingIgnoredDuringExecution defines the weight of the anti-affinity injection.
	PreferredDuringSchedulingIgnoredDuringExecution *RolloutSpecStrategyBlueGreenAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution `field:"optional" json:"preferredDuringSchedulingIgnoredDuringExecution" yaml:"preferredDuringSchedulingIgnoredDuringExecution"`
	// RequiredDuringSchedulingIgnoredDuringExecution defines inter-pod scheduling rule to be RequiredDuringSchedulingIgnoredDuringExecution.
	RequiredDuringSchedulingIgnoredDuringExecution interface{} `field:"optional" json:"requiredDuringSchedulingIgnoredDuringExecution" yaml:"requiredDuringSchedulingIgnoredDuringExecution"`
}

