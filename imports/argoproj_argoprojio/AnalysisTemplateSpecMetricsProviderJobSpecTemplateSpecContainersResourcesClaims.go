package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims struct {
	Name *string `field:"required" json:"name" yaml:"name"`
	Request *string `field:"optional" json:"request" yaml:"request"`
}

