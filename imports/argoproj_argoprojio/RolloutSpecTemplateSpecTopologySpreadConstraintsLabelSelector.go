package argoproj_argoprojio


type RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector struct {
	MatchExpressions *[]*RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelectorMatchExpressions `field:"optional" json:"matchExpressions" yaml:"matchExpressions"`
	MatchLabels *map[string]*string `field:"optional" json:"matchLabels" yaml:"matchLabels"`
}

