package argoproj_argoprojio


// IstioVirtualService holds information on the virtual service the rollout needs to modify.
type RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices struct {
	// Name holds the name of the VirtualService.
	Name *string `field:"required" json:"name" yaml:"name"`
	// A list of HTTP routes within VirtualService to edit.
	//
	// If omitted, VirtualService must have a single route of this type.
	Routes *[]*string `field:"optional" json:"routes" yaml:"routes"`
	// A list of TCP routes within VirtualService to edit.
	//
	// If omitted, VirtualService must have a single route of this type.
	TcpRoutes *[]*RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTcpRoutes `field:"optional" json:"tcpRoutes" yaml:"tcpRoutes"`
	// A list of TLS/HTTPS routes within VirtualService to edit.
	//
	// If omitted, VirtualService must have a single route of this type.
	TlsRoutes *[]*RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes `field:"optional" json:"tlsRoutes" yaml:"tlsRoutes"`
}

