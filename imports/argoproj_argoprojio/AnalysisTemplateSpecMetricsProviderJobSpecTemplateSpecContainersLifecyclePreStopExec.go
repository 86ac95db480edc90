package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStopExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

