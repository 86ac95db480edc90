package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsSetMirrorRoute struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Match *[]*RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch `field:"optional" json:"match" yaml:"match"`
	Percentage *float64 `field:"optional" json:"percentage" yaml:"percentage"`
}

