package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsSetCanaryScale struct {
	MatchTrafficWeight *bool `field:"optional" json:"matchTrafficWeight" yaml:"matchTrafficWeight"`
	Replicas *float64 `field:"optional" json:"replicas" yaml:"replicas"`
	Weight *float64 `field:"optional" json:"weight" yaml:"weight"`
}

