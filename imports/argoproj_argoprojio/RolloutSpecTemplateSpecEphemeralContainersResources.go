package argoproj_argoprojio


type RolloutSpecTemplateSpecEphemeralContainersResources struct {
	Claims *[]*RolloutSpecTemplateSpecEphemeralContainersResourcesClaims `field:"optional" json:"claims" yaml:"claims"`
	Limits interface{} `field:"optional" json:"limits" yaml:"limits"`
	Requests interface{} `field:"optional" json:"requests" yaml:"requests"`
}

