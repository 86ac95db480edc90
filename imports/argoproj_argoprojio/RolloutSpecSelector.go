package argoproj_argoprojio


type RolloutSpecSelector struct {
	MatchExpressions *[]*RolloutSpecSelectorMatchExpressions `field:"optional" json:"matchExpressions" yaml:"matchExpressions"`
	MatchLabels *map[string]*string `field:"optional" json:"matchLabels" yaml:"matchLabels"`
}

