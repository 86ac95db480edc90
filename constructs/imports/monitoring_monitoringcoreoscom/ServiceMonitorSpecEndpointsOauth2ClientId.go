package monitoring_monitoringcoreoscom


// clientId defines a key of a Secret or ConfigMap containing the OAuth2 client's ID.
type ServiceMonitorSpecEndpointsOauth2ClientId struct {
	// configMap defines the ConfigMap containing data to use for the targets.
	ConfigMap *ServiceMonitorSpecEndpointsOauth2ClientIdConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	// secret defines the Secret containing data to use for the targets.
	Secret *ServiceMonitorSpecEndpointsOauth2ClientIdSecret `field:"optional" json:"secret" yaml:"secret"`
}

