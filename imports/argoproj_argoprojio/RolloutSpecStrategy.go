package argoproj_argoprojio


type RolloutSpecStrategy struct {
	BlueGreen *RolloutSpecStrategyBlueGreen `field:"optional" json:"blueGreen" yaml:"blueGreen"`
	Canary *RolloutSpecStrategyCanary `field:"optional" json:"canary" yaml:"canary"`
}

