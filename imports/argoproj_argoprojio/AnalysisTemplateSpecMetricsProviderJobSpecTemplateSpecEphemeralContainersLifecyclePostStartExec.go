package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStartExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

