package argoproj_argoprojio


type AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfig struct {
	Nameservers *[]*string `field:"optional" json:"nameservers" yaml:"nameservers"`
	Options *[]*AnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecDnsConfigOptions `field:"optional" json:"options" yaml:"options"`
	Searches *[]*string `field:"optional" json:"searches" yaml:"searches"`
}

