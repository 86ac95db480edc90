package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersLifecyclePostStartExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

