package monitoring_monitoringcoreoscom


// cert defines the Client certificate to present when doing client-authentication.
type ServiceMonitorSpecEndpointsOauth2TlsConfigCert struct {
	// configMap defines the ConfigMap containing data to use for the targets.
	ConfigMap *ServiceMonitorSpecEndpointsOauth2TlsConfigCertConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// secret defines the Secret containing data to use for the targets.
	Secret *ServiceMonitorSpecEndpointsOauth2TlsConfigCertSecret `field:"optional" json:"secret" yaml:"secret"`
}

