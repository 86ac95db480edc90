package argoproj_argoprojio


type RolloutSpecTemplateSpecImagePullSecrets struct {
	Name *string `field:"optional" json:"name" yaml:"name"`
}

