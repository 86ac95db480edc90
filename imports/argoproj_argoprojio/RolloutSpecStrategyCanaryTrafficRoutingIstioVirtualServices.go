package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Routes *[]*string `field:"optional" json:"routes" yaml:"routes"`
	TcpRoutes *[]*RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes `field:"optional" json:"tcpRoutes" yaml:"tcpRoutes"`
	TlsRoutes *[]*RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes `field:"optional" json:"tlsRoutes" yaml:"tlsRoutes"`
}

