package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopSleep struct {
	Seconds *float64 `field:"required" json:"seconds" yaml:"seconds"`
}

