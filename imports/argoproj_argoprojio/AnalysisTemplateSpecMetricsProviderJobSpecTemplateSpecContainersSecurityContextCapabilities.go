package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersSecurityContextCapabilities struct {
	Add *[]*string `field:"optional" json:"add" yaml:"add"`
	Drop *[]*string `field:"optional" json:"drop" yaml:"drop"`
}

