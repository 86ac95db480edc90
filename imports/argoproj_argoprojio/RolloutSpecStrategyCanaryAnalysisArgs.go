package argoproj_argoprojio


type RolloutSpecStrategyCanaryAnalysisArgs struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *RolloutSpecStrategyCanaryAnalysisArgsValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

