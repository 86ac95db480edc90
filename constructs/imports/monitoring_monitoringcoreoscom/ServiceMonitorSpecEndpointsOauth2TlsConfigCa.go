package monitoring_monitoringcoreoscom


// ca defines the Certificate authority used when verifying server certificates.
type ServiceMonitorSpecEndpointsOauth2TlsConfigCa struct {
	// configMap defines the ConfigMap containing data to use for the targets.
	ConfigMap *ServiceMonitorSpecEndpointsOauth2TlsConfigCaConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// secret defines the Secret containing data to use for the targets.
	Secret *ServiceMonitorSpecEndpointsOauth2TlsConfigCaSecret `field:"optional" json:"secret" yaml:"secret"`
}

