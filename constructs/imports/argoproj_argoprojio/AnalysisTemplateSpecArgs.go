package argoproj_argoprojio


// Argument is an argument to an AnalysisRun.
type AnalysisTemplateSpecArgs struct {
	// Name is the name of the argument.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Value is the value of the argument.
	Value *string `field:"optional" json:"value" yaml:"value"`
	// ValueFrom is a reference to where a secret is stored.
	//
	// This field is one of the fields with valueFrom.
	ValueFrom *AnalysisTemplateSpecArgsValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

