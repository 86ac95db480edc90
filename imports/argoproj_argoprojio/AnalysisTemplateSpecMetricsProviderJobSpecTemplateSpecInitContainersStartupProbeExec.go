package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersStartupProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

