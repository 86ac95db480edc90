package argoproj_argoprojio


type RolloutSpecTemplateSpecOs struct {
	Name *string `field:"required" json:"name" yaml:"name"`
}

