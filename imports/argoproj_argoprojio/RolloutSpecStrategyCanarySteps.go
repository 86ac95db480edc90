package argoproj_argoprojio


type RolloutSpecStrategyCanarySteps struct {
	Analysis *RolloutSpecStrategyCanaryStepsAnalysis `field:"optional" json:"analysis" yaml:"analysis"`
	Experiment *RolloutSpecStrategyCanaryStepsExperiment `field:"optional" json:"experiment" yaml:"experiment"`
	Pause *RolloutSpecStrategyCanaryStepsPause `field:"optional" json:"pause" yaml:"pause"`
	Plugin *RolloutSpecStrategyCanaryStepsPlugin `field:"optional" json:"plugin" yaml:"plugin"`
	SetCanaryScale *RolloutSpecStrategyCanaryStepsSetCanaryScale `field:"optional" json:"setCanaryScale" yaml:"setCanaryScale"`
	SetHeaderRoute *RolloutSpecStrategyCanaryStepsSetHeaderRoute `field:"optional" json:"setHeaderRoute" yaml:"setHeaderRoute"`
	SetMirrorRoute *RolloutSpecStrategyCanaryStepsSetMirrorRoute `field:"optional" json:"setMirrorRoute" yaml:"setMirrorRoute"`
	SetWeight *float64 `field:"optional" json:"setWeight" yaml:"setWeight"`
}

