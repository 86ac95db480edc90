package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStartExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

