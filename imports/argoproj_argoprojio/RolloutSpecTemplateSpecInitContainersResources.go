package argoproj_argoprojio


type RolloutSpecTemplateSpecInitContainersResources struct {
	Claims *[]*RolloutSpecTemplateSpecInitContainersResourcesClaims `field:"optional" json:"claims" yaml:"claims"`
	Limits interface{} `field:"optional" json:"limits" yaml:"limits"`
	Requests interface{} `field:"optional" json:"requests" yaml:"requests"`
}

