package argoproj_argoprojio


type RolloutSpecTemplateSpecTopologySpreadConstraints struct {
	MaxSkew *float64 `field:"required" json:"maxSkew" yaml:"maxSkew"`
	TopologyKey *string `field:"required" json:"topologyKey" yaml:"topologyKey"`
	WhenUnsatisfiable *string `field:"required" json:"whenUnsatisfiable" yaml:"whenUnsatisfiable"`
	LabelSelector *RolloutSpecTemplateSpecTopologySpreadConstraintsLabelSelector `field:"optional" json:"labelSelector" yaml:"labelSelector"`
	MatchLabelKeys *[]*string `field:"optional" json:"matchLabelKeys" yaml:"matchLabelKeys"`
	MinDomains *float64 `field:"optional" json:"minDomains" yaml:"minDomains"`
	NodeAffinityPolicy *string `field:"optional" json:"nodeAffinityPolicy" yaml:"nodeAffinityPolicy"`
	NodeTaintsPolicy *string `field:"optional" json:"nodeTaintsPolicy" yaml:"nodeTaintsPolicy"`
}

