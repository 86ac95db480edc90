package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingApisixRoute struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Rules *[]*string `field:"optional" json:"rules" yaml:"rules"`
}

