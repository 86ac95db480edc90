package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecImagePullSecrets struct {
	Name *string `field:"optional" json:"name" yaml:"name"`
}

