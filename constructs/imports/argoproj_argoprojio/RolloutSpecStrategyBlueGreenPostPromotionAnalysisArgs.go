package argoproj_argoprojio


// AnalysisRunArgument argument to add to analysisRun.
type RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgs struct {
	// Name argument name.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Value a hardcoded value for the argument.
	//
	// This field is a one of field with valueFrom.
	Value *string `field:"optional" json:"value" yaml:"value"`
	// ValueFrom A reference to where the value is stored.
	//
	// This field is a one of field with valueFrom.
	ValueFrom *RolloutSpecStrategyBlueGreenPostPromotionAnalysisArgsValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

