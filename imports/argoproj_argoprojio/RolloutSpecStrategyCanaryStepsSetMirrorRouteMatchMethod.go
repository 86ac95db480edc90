package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsSetMirrorRouteMatchMethod struct {
	Exact *string `field:"optional" json:"exact" yaml:"exact"`
	Prefix *string `field:"optional" json:"prefix" yaml:"prefix"`
	Regex *string `field:"optional" json:"regex" yaml:"regex"`
}

