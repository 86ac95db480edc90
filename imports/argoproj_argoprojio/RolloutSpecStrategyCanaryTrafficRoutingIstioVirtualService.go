package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Routes *[]*string `field:"optional" json:"routes" yaml:"routes"`
	TcpRoutes *[]*RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes `field:"optional" json:"tcpRoutes" yaml:"tcpRoutes"`
	TlsRoutes *[]*RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTlsRoutes `field:"optional" json:"tlsRoutes" yaml:"tlsRoutes"`
}

