package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResources struct {
	Claims *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesClaims `field:"optional" json:"claims" yaml:"claims"`
	Limits *map[string]AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesLimits `field:"optional" json:"limits" yaml:"limits"`
	Requests *map[string]AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecResourcesRequests `field:"optional" json:"requests" yaml:"requests"`
}

