package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

