package argoproj_argoprojio


// Route references an Apisix Route to modify to shape traffic.
type RolloutSpecStrategyCanaryTrafficRoutingApisixRoute struct {
	// Name refer to the name of the APISIX Route used to route traffic to the service.
	Name *string `field:"required" json:"name" yaml:"name"`
	// RuleRef a list of the APISIX Route HTTP Rules used to route traffic to the service.
	Rules *[]*string `field:"optional" json:"rules" yaml:"rules"`
}

