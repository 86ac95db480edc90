package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes struct {
	Name *string `field:"required" json:"name" yaml:"name"`
}

