package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

