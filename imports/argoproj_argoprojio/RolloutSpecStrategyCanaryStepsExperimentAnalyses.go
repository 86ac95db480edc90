package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentAnalyses struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	TemplateName *string `field:"required" json:"templateName" yaml:"templateName"`
	Args *[]*RolloutSpecStrategyCanaryStepsExperimentAnalysesArgs `field:"optional" json:"args" yaml:"args"`
	ClusterScope *bool `field:"optional" json:"clusterScope" yaml:"clusterScope"`
	RequiredForCompletion *bool `field:"optional" json:"requiredForCompletion" yaml:"requiredForCompletion"`
}

