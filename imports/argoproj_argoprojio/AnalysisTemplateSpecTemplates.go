package argoproj_argoprojio


type AnalysisTemplateSpecTemplates struct {
	ClusterScope *bool `field:"optional" json:"clusterScope" yaml:"clusterScope"`
	TemplateName *string `field:"optional" json:"templateName" yaml:"templateName"`
}

