package argoproj_argoprojio


// SetHeaderRoute defines the route with specified header name to send 100% of traffic to the canary service.
type RolloutSpecStrategyCanaryStepsSetHeaderRoute struct {
	Match *[]*RolloutSpecStrategyCanaryStepsSetHeaderRouteMatch `field:"optional" json:"match" yaml:"match"`
	// Name this is the name of the route to use for the mirroring of traffic this also needs to be included in the `spec.strategy.canary.trafficRouting.managedRoutes` field.
	Name *string `field:"optional" json:"name" yaml:"name"`
}

