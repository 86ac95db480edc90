package argoproj_argoprojio


// TLSRoute holds the information on the virtual service's TLS/HTTPS routes that are desired to be matched for changing weights.
type RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServicesTlsRoutes struct {
	// Port number of the TLS Route desired to be matched in the given Istio VirtualService.
	Port *float64 `field:"optional" json:"port" yaml:"port"`
	// A list of all the SNI Hosts of the TLS Route desired to be matched in the given Istio VirtualService.
	SniHosts *[]*string `field:"optional" json:"sniHosts" yaml:"sniHosts"`
}

