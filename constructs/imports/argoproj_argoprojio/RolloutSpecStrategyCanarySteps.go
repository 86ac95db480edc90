package argoproj_argoprojio


// CanaryStep defines a step of a canary deployment.
type RolloutSpecStrategyCanarySteps struct {
	// Analysis defines the AnalysisRun that will run for a step.
	Analysis *RolloutSpecStrategyCanaryStepsAnalysis `field:"optional" json:"analysis" yaml:"analysis"`
	// Experiment defines the experiment object that should be created.
	Experiment *RolloutSpecStrategyCanaryStepsExperiment `field:"optional" json:"experiment" yaml:"experiment"`
	// Pause freezes the rollout by setting spec.Paused to true. A Rollout will resume when spec.Paused is reset to false.
	Pause *RolloutSpecStrategyCanaryStepsPause `field:"optional" json:"pause" yaml:"pause"`
	// Plugin defines a plugin to execute for a step.
	Plugin *RolloutSpecStrategyCanaryStepsPlugin `field:"optional" json:"plugin" yaml:"plugin"`
	// SetCanaryScale defines how to scale the newRS without changing traffic weight.
	SetCanaryScale *RolloutSpecStrategyCanaryStepsSetCanaryScale `field:"optional" json:"setCanaryScale" yaml:"setCanaryScale"`
	// SetHeaderRoute defines the route with specified header name to send 100% of traffic to the canary service.
	SetHeaderRoute *RolloutSpecStrategyCanaryStepsSetHeaderRoute `field:"optional" json:"setHeaderRoute" yaml:"setHeaderRoute"`
	// SetMirrorRoutes Mirrors traffic that matches rules to a particular destination.
	SetMirrorRoute *RolloutSpecStrategyCanaryStepsSetMirrorRoute `field:"optional" json:"setMirrorRoute" yaml:"setMirrorRoute"`
	// SetWeight sets what percentage of the newRS should receive.
	SetWeight *float64 `field:"optional" json:"setWeight" yaml:"setWeight"`
}

