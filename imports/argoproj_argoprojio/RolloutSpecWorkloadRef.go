package argoproj_argoprojio


type RolloutSpecWorkloadRef struct {
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
	Kind *string `field:"optional" json:"kind" yaml:"kind"`
	Name *string `field:"optional" json:"name" yaml:"name"`
	ScaleDown *string `field:"optional" json:"scaleDown" yaml:"scaleDown"`
}

