package argoproj_argoprojio


// Kayenta specifies a Kayenta metric.
type AnalysisTemplateSpecMetricsProviderKayenta struct {
	Address *string `field:"required" json:"address" yaml:"address"`
	Application *string `field:"required" json:"application" yaml:"application"`
	CanaryConfigName *string `field:"required" json:"canaryConfigName" yaml:"canaryConfigName"`
	ConfigurationAccountName *string `field:"required" json:"configurationAccountName" yaml:"configurationAccountName"`
	MetricsAccountName *string `field:"required" json:"metricsAccountName" yaml:"metricsAccountName"`
	Scopes *[]*AnalysisTemplateSpecMetricsProviderKayentaScopes `field:"required" json:"scopes" yaml:"scopes"`
	StorageAccountName *string `field:"required" json:"storageAccountName" yaml:"storageAccountName"`
	Threshold *AnalysisTemplateSpecMetricsProviderKayentaThreshold `field:"required" json:"threshold" yaml:"threshold"`
	Lookback *bool `field:"optional" json:"lookback" yaml:"lookback"`
}

