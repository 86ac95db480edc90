package argoproj_argoprojio


type AnalysisTemplateSpecArgs struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *AnalysisTemplateSpecArgsValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

