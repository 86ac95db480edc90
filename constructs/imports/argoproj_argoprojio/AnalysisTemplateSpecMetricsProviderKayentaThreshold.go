package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderKayentaThreshold struct {
	Marginal *float64 `field:"required" json:"marginal" yaml:"marginal"`
	Pass *float64 `field:"required" json:"pass" yaml:"pass"`
}

