package argoproj_argoprojio


type RolloutSpecTemplateSpecResources struct {
	Claims *[]*RolloutSpecTemplateSpecResourcesClaims `field:"optional" json:"claims" yaml:"claims"`
	Limits *map[string]RolloutSpecTemplateSpecResourcesLimits `field:"optional" json:"limits" yaml:"limits"`
	Requests *map[string]RolloutSpecTemplateSpecResourcesRequests `field:"optional" json:"requests" yaml:"requests"`
}

