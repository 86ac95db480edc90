package argoproj_argoprojio


type RolloutSpecTemplate struct {
	Metadata *RolloutSpecTemplateMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	Spec *RolloutSpecTemplateSpec `field:"optional" json:"spec" yaml:"spec"`
}

