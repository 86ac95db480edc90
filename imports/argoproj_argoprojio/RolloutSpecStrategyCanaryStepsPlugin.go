package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsPlugin struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Config interface{} `field:"optional" json:"config" yaml:"config"`
}

