package argoproj_argoprojio


// TCPRoute holds the information on the virtual service's TCP routes that are desired to be matched for changing weights.
type RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServiceTcpRoutes struct {
	// Port number of the TCP Route desired to be matched in the given Istio VirtualService.
	Port *float64 `field:"optional" json:"port" yaml:"port"`
}

