package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLivenessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

