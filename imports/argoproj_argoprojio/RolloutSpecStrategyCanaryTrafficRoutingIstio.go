package argoproj_argoprojio


type RolloutSpecStrategyCanaryTrafficRoutingIstio struct {
	DestinationRule *RolloutSpecStrategyCanaryTrafficRoutingIstioDestinationRule `field:"optional" json:"destinationRule" yaml:"destinationRule"`
	VirtualService *RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualService `field:"optional" json:"virtualService" yaml:"virtualService"`
	VirtualServices *[]*RolloutSpecStrategyCanaryTrafficRoutingIstioVirtualServices `field:"optional" json:"virtualServices" yaml:"virtualServices"`
}

