package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLivenessProbeExec struct {
	Command *[]*string `field:"optional" json:"command" yaml:"command"`
}

