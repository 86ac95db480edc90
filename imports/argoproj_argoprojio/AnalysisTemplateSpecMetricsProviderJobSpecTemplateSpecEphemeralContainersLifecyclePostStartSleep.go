package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

