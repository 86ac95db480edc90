package monitoring_monitoringcoreoscom


// ca defines the Certificate authority used when verifying server certificates.
type ServiceMonitorSpecEndpointsTlsConfigCa struct {
	// configMap defines the ConfigMap containing data to use for the targets.
	ConfigMap *ServiceMonitorSpecEndpointsTlsConfigCaConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// secret defines the Secret containing data to use for the targets.
	Secret *ServiceMonitorSpecEndpointsTlsConfigCaSecret `field:"optional" json:"secret" yaml:"secret"`
}

