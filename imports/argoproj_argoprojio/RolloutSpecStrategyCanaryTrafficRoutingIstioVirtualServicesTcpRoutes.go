package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes struct {
	Port *float64 `field:"optional" json:"port" yaml:"port"`
}

