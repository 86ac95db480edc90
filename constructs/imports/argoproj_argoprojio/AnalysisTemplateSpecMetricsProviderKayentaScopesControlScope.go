package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope struct {
	Region *string `field:"required" json:"region" yaml:"region"`
	Scope *string `field:"required" json:"scope" yaml:"scope"`
	Step *float64 `field:"required" json:"step" yaml:"step"`
	End *string `field:"optional" json:"end" yaml:"end"`
	Start *string `field:"optional" json:"start" yaml:"start"`
}

