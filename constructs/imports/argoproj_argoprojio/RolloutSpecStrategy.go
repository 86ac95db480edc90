package argoproj_argoprojio


// The deployment strategy to use to replace existing pods with new ones.
type RolloutSpecStrategy struct {
	// BlueGreenStrategy defines parameters for Blue Green deployment.
	BlueGreen *RolloutSpecStrategyBlueGreen `field:"optional" json:"blueGreen" yaml:"blueGreen"`
	// CanaryStrategy defines parameters for a Replica Based Canary.
	Canary *RolloutSpecStrategyCanary `field:"optional" json:"canary" yaml:"canary"`
}

