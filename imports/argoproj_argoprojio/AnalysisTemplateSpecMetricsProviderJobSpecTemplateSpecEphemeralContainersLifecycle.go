package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecycle struct {
	PostStart *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePostStart `field:"optional" json:"postStart" yaml:"postStart"`
	PreStop *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersLifecyclePreStop `field:"optional" json:"preStop" yaml:"preStop"`
	StopSignal *string `field:"optional" json:"stopSignal" yaml:"stopSignal"`
}

