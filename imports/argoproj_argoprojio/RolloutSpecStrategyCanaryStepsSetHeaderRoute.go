package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsSetHeaderRoute struct {
	Match *[]*RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch `field:"optional" json:"match" yaml:"match"`
	Name *string `field:"optional" json:"name" yaml:"name"`
}

