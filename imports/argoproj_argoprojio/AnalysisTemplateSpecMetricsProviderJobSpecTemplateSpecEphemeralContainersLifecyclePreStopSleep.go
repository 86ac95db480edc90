package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

