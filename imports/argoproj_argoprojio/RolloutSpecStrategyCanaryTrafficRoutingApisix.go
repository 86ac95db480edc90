package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingApisix struct {
	Route *RolloutSpecStrategyCanaryTrafficRoutingApisixRoute `field:"optional" json:"route" yaml:"route"`
}

