package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResources struct {
	Claims *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersResourcesClaims `field:"optional" json:"claims" yaml:"claims"`
	Limits interface{} `field:"optional" json:"limits" yaml:"limits"`
	Requests interface{} `field:"optional" json:"requests" yaml:"requests"`
}

