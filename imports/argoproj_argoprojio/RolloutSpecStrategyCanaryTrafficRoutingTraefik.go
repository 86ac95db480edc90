package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingTraefik struct {
	WeightedTraefikServiceName *string `field:"required" json:"weightedTraefikServiceName" yaml:"weightedTraefikServiceName"`
}

