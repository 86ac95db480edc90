package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecEphemeralContainersSecurityContextCapabilities struct {
	Add *[]*string `field:"optional" json:"add" yaml:"add"`
	Drop *[]*string `field:"optional" json:"drop" yaml:"drop"`
}

