package argoproj_argoprojio


// SetMirrorRoutes Mirrors traffic that matches rules to a particular destination.
type RolloutSpecStrategyCanaryStepsSetMirrorRoute struct {
	// Name this is the name of the route to use for the mirroring of traffic this also needs to be included in the `spec.strategy.canary.trafficRouting.managedRoutes` field.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Match Contains a list of rules that if mated will mirror the traffic to the services.
	Match *[]*RolloutSpecStrategyCanaryStepsSetMirrorRouteMatch `field:"optional" json:"match" yaml:"match"`
	// Services The list of services to mirror the traffic to if the method, path, headers match Service string `json:"service" protobuf:"bytes,3,opt,name=service"` Percentage What percent of the traffic that matched the rules should be mirrored.
	Percentage *float64 `field:"optional" json:"percentage" yaml:"percentage"`
}

