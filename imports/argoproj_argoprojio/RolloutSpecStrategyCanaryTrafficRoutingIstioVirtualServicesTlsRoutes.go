package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes struct {
	Port *float64 `field:"optional" json:"port" yaml:"port"`
	SniHosts *[]*string `field:"optional" json:"sniHosts" yaml:"sniHosts"`
}

