package argoproj_argoprojio


// Apisix holds specific configuration to use Apisix to route traffic.
type RolloutSpecStrategyCanaryTrafficRoutingApisix struct {
	// Route references an Apisix Route to modify to shape traffic.
	Route *RolloutSpecStrategyCanaryTrafficRoutingApisixRoute `field:"optional" json:"route" yaml:"route"`
}

