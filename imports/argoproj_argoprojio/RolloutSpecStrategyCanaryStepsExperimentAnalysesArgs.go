package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *RolloutSpecStrategyCanaryStepsExperimentAnalysesArgsValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

