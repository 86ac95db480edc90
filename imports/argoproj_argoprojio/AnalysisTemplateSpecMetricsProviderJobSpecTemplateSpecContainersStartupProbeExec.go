package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersStartupProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

