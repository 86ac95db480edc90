package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnv struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Value *string `field:"optional" json:"value" yaml:"value"`
	ValueFrom *AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecInitContainersEnvValueFrom `field:"optional" json:"valueFrom" yaml:"valueFrom"`
}

