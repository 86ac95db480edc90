package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStopExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

