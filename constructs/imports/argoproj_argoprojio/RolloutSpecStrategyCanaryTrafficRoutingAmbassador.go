package argoproj_argoprojio


// Ambassador holds specific configuration to use Ambassador to route traffic.
type RolloutSpecStrategyCanaryTrafficRoutingAmbassador struct {
	// Mappings refer to the name of the Ambassador Mappings used to route traffic to the service.
	Mappings *[]*string `field:"required" json:"mappings" yaml:"mappings"`
}

