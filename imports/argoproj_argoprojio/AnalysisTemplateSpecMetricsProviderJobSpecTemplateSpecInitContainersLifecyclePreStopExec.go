package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePreStopExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

