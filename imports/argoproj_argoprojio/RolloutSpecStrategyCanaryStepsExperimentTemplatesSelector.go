package argoproj_argoprojio


type RolloutSpecStrategyCanaryStepsExperimentTemplatesSelector struct {
	MatchExpressions *[]*RolloutSpecStrategyCanaryStepsExperimentTemplatesSelectorMatchExpressions `field:"optional" json:"matchExpressions" yaml:"matchExpressions"`
	MatchLabels *map[string]*string `field:"optional" json:"matchLabels" yaml:"matchLabels"`
}

