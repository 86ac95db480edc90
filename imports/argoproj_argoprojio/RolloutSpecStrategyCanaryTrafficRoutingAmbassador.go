package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingAmbassador struct {
	Mappings *[]*string `field:"required" json:"mappings" yaml:"mappings"`
}

