package argoproj_argoprojio


// TrafficRouting hosts all the supported service meshes supported to enable more fine-grained traffic routing.
type RolloutSpecStrategyCanaryTrafficRouting struct {
	// Nginx holds ALB Ingress specific configuration to route traffic.
	Alb *RolloutSpecStrategyCanaryTrafficRoutingAlb `field:"optional" json:"alb" yaml:"alb"`
	// Ambassador holds specific configuration to use Ambassador to route traffic.
	Ambassador *RolloutSpecStrategyCanaryTrafficRoutingAmbassador `field:"optional" json:"ambassador" yaml:"ambassador"`
	// Apisix holds specific configuration to use Apisix to route traffic.
	Apisix *RolloutSpecStrategyCanaryTrafficRoutingApisix `field:"optional" json:"apisix" yaml:"apisix"`
	// AppMesh holds specific configuration to use AppMesh to route traffic.
	AppMesh *RolloutSpecStrategyCanaryTrafficRoutingAppMesh `field:"optional" json:"appMesh" yaml:"appMesh"`
	// Istio holds Istio specific configuration to route traffic.
	Istio *RolloutSpecStrategyCanaryTrafficRoutingIstio `field:"optional" json:"istio" yaml:"istio"`
	// ManagedRoutes A list of HTTP routes that Argo Rollouts manages, the order of this array also becomes the precedence in the upstream traffic router.
	ManagedRoutes *[]*RolloutSpecStrategyCanaryTrafficRoutingManagedRoutes `field:"optional" json:"managedRoutes" yaml:"managedRoutes"`
	// MaxTrafficWeight The total weight of traffic.
	//
	// If unspecified, it defaults to 100.
	MaxTrafficWeight *float64 `field:"optional" json:"maxTrafficWeight" yaml:"maxTrafficWeight"`
	// Nginx holds Nginx Ingress specific configuration to route traffic.
	Nginx *RolloutSpecStrategyCanaryTrafficRoutingNginx `field:"optional" json:"nginx" yaml:"nginx"`
	// Plugins holds specific configuration that traffic router plugins can use for routing traffic.
	Plugins interface{} `field:"optional" json:"plugins" yaml:"plugins"`
	// SMI holds TrafficSplit specific configuration to route traffic.
	Smi *RolloutSpecStrategyCanaryTrafficRoutingSmi `field:"optional" json:"smi" yaml:"smi"`
	// Traefik holds specific configuration to use Traefik to route traffic.
	Traefik *RolloutSpecStrategyCanaryTrafficRoutingTraefik `field:"optional" json:"traefik" yaml:"traefik"`
}

