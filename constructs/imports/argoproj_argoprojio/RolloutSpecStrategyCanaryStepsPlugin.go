package argoproj_argoprojio


// Plugin defines a plugin to execute for a step.
type RolloutSpecStrategyCanaryStepsPlugin struct {
	// Name of the hashicorp go-plugin step to query.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Config is the configuration object for the specified plugin.
	Config interface{} `field:"optional" json:"config" yaml:"config"`
}

