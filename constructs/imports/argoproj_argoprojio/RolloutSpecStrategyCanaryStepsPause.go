package argoproj_argoprojio


// Pause freezes the rollout by setting spec.Paused to true. A Rollout will resume when spec.Paused is reset to false.
type RolloutSpecStrategyCanaryStepsPause struct {
	// Duration the amount of time to wait before moving to the next step.
	Duration RolloutSpecStrategyCanaryStepsPauseDuration `field:"optional" json:"duration" yaml:"duration"`
}

