package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

