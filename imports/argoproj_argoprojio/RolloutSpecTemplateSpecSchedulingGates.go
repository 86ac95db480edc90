package argoproj_argoprojio


type RolloutSpecTemplateSpecSchedulingGates struct {
	Name *string `field:"required" json:"name" yaml:"name"`
}

