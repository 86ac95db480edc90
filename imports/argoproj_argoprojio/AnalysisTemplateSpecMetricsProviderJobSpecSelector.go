package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecSelector struct {
	MatchExpressions *[]*AnalysisTemplateSpecMetricsProviderJobSpecSelectorMatchExpressions `field:"optional" json:"matchExpressions" yaml:"matchExpressions"`
	MatchLabels *map[string]*string `field:"optional" json:"matchLabels" yaml:"matchLabels"`
}

