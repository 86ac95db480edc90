package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsPause struct {
	Duration RolloutSpecStrategyCanaryStepsPauseDuration `field:"optional" json:"duration" yaml:"duration"`
}

