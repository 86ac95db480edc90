package monitoring_monitoringcoreoscom


// cert defines the Client certificate to present when doing client-authentication.
type ServiceMonitorSpecEndpointsTlsConfigCert struct {
	// configMap defines the ConfigMap containing data to use for the targets.
	ConfigMap *ServiceMonitorSpecEndpointsTlsConfigCertConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// secret defines the Secret containing data to use for the targets.
	Secret *ServiceMonitorSpecEndpointsTlsConfigCertSecret `field:"optional" json:"secret" yaml:"secret"`
}

