package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsAnalysisArgs struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *RolloutSpecStrategyCanaryStepsAnalysisArgsValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

