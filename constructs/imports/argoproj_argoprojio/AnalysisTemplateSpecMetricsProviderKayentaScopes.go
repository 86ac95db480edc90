package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderKayentaScopes struct {
	ControlScope *AnalysisTemplateSpecMetricsProviderKayentaScopesControlScope `field:"required" json:"controlScope" yaml:"controlScope"`
	ExperimentScope *AnalysisTemplateSpecMetricsProviderKayentaScopesExperimentScope `field:"required" json:"experimentScope" yaml:"experimentScope"`
	Name *string `field:"required" json:"name" yaml:"name"`
}

