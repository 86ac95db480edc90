package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersReadinessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

