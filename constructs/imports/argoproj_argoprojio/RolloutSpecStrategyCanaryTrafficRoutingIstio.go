package argoproj_argoprojio


// Istio holds Istio specific configuration to route traffic.
type RolloutSpecStrategyCanaryTrafficRoutingIstio struct {
	// DestinationRule references an Istio DestinationRule to modify to shape traffic.
	DestinationRule *RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule `field:"optional" json:"destinationRule" yaml:"destinationRule"`
	// VirtualService references an Istio VirtualService to modify to shape traffic.
	VirtualService *RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService `field:"optional" json:"virtualService" yaml:"virtualService"`
	// VirtualServices references a list of Istio VirtualService to modify to shape traffic.
	VirtualServices *[]*RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices `field:"optional" json:"virtualServices" yaml:"virtualServices"`
}

