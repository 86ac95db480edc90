package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersReadinessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

