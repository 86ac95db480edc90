package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecycle struct {
	PostStart *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePostStart `field:"optional" json:"postStart" yaml:"postStart"`
	PreStop *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersLifecyclePreStop `field:"optional" json:"preStop" yaml:"preStop"`
	StopSignal *string `field:"optional" json:"stopSignal" yaml:"stopSignal"`
}

