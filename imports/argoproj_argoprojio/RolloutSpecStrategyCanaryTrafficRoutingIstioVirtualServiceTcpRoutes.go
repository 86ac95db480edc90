package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes struct {
	Port *float64 `field:"optional" json:"port" yaml:"port"`
}

