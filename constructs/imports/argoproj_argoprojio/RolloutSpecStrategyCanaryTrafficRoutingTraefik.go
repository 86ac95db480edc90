package argoproj_argoprojio


// Traefik holds specific configuration to use Traefik to route traffic.
type RolloutSpecStrategyCanaryTrafficRoutingTraefik struct {
	// TraefikServiceName refer to the name of the Traefik service used to route traffic to the service.
	WeightedTraefikServiceName *string `field:"required" json:"weightedTraefikServiceName" yaml:"weightedTraefikServiceName"`
}

