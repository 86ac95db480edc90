package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRouting struct {
	Alb *RolloutSpecStrategyCanaryTrafficRoutingAlb `field:"optional" json:"alb" yaml:"alb"`
	Ambassador *RolloutSpecStrategyCanaryTrafficRoutingAmbassador `field:"optional" json:"ambassador" yaml:"ambassador"`
	Apisix *RolloutSpecStrategyCanaryTrafficRoutingApisix `field:"optional" json:"apisix" yaml:"apisix"`
	AppMesh *RolloutSpecStrategyCanaryTrafficRoutingAppMesh `field:"optional" json:"appMesh" yaml:"appMesh"`
	Istio *RolloutSpecStrategyCanaryTrafficRoutingIstio `field:"optional" json:"istio" yaml:"istio"`
	ManagedRoutes *[]*RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes `field:"optional" json:"managedRoutes" yaml:"managedRoutes"`
	MaxTrafficWeight *float64 `field:"optional" json:"maxTrafficWeight" yaml:"maxTrafficWeight"`
	Nginx *RolloutSpecStrategyCanaryTrafficRoutingNginx `field:"optional" json:"nginx" yaml:"nginx"`
	Plugins interface{} `field:"optional" json:"plugins" yaml:"plugins"`
	Smi *RolloutSpecStrategyCanaryTrafficRoutingSmi `field:"optional" json:"smi" yaml:"smi"`
	Traefik *RolloutSpecStrategyCanaryTrafficRoutingTraefik `field:"optional" json:"traefik" yaml:"traefik"`
}

