package monitoring_monitoringcoreoscom


// tlsConfig defines the TLS configuration to use when connecting to the OAuth2 server.
//
// It requires Prometheus >= v2.43.0.
type ServiceMonitorSpecEndpointsOauth2TlsConfig struct {
	// ca defines the Certificate authority used when verifying server certificates.
	Ca *ServiceMonitorSpecEndpointsOauth2TlsConfigCa `field:"optional" json:"ca" yaml:"ca"`
	// cert defines the Client certificate to present when doing client-authentication.
	Cert *ServiceMonitorSpecEndpointsOauth2TlsConfigCert `field:"optional" json:"cert" yaml:"cert"`
	// insecureSkipVerify defines how to disable target certificate validation.
	InsecureSkipVerify *bool `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
	// keySecret defines the Secret containing the client key file for the targets.
	KeySecret *ServiceMonitorSpecEndpointsOauth2TlsConfigKeySecret `field:"optional" json:"keySecret" yaml:"keySecret"`
	// maxVersion defines the maximum acceptable TLS version.
	//
	// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
	MaxVersion ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion `field:"optional" json:"maxVersion" yaml:"maxVersion"`
	// minVersion defines the minimum acceptable TLS version.
	//
	// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
	MinVersion ServiceMonitorSpecEndpointsOauth2TlsConfigMinVersion `field:"optional" json:"minVersion" yaml:"minVersion"`
	// serverName is used to verify the hostname for the targets.
	ServerName *string `field:"optional" json:"serverName" yaml:"serverName"`
}

