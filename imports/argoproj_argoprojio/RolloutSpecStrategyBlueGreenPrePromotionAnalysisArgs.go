package argoproj_argoprojio


type RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgs struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *RolloutSpecStrategyBlueGreenPrePromotionAnalysisArgsValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

