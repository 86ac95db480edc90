package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersStartupProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

