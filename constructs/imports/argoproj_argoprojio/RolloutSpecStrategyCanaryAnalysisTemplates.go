package argoproj_argoprojio


type RolloutSpecStrategyCanaryAnalysisTemplates struct {
	// Whether to look for the templateName at cluster scope or namespace scope.
	ClusterScope *bool `field:"optional" json:"clusterScope" yaml:"clusterScope"`
	// TemplateName name of template to use in AnalysisRun.
	TemplateName *string `field:"optional" json:"templateName" yaml:"templateName"`
}

