package monitoring_monitoringcoreoscom


// tlsConfig defines TLS configuration used by the client.
type ServiceMonitorSpecEndpointsTlsConfig struct {
	// ca defines the Certificate authority used when verifying server certificates.
	Ca *ServiceMonitorSpecEndpointsTlsConfigCa `field:"optional" json:"ca" yaml:"ca"`
	// caFile defines the path to the CA cert in the Prometheus container to use for the targets.
	CaFile *string `field:"optional" json:"caFile" yaml:"caFile"`
	// cert defines the Client certificate to present when doing client-authentication.
	Cert *ServiceMonitorSpecEndpointsTlsConfigCert `field:"optional" json:"cert" yaml:"cert"`
	// certFile defines the path to the client cert file in the Prometheus container for the targets.
	CertFile *string `field:"optional" json:"certFile" yaml:"certFile"`
	// insecureSkipVerify defines how to disable target certificate validation.
	InsecureSkipVerify *bool `field:"optional" json:"insecureSkipVerify" yaml:"insecureSkipVerify"`
	// keyFile defines the path to the client key file in the Prometheus container for the targets.
	KeyFile *string `field:"optional" json:"keyFile" yaml:"keyFile"`
	// keySecret defines the Secret containing the client key file for the targets.
	KeySecret *ServiceMonitorSpecEndpointsTlsConfigKeySecret `field:"optional" json:"keySecret" yaml:"keySecret"`
	// maxVersion defines the maximum acceptable TLS version.
	//
	// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
	MaxVersion ServiceMonitorSpecEndpointsTlsConfigMaxVersion `field:"optional" json:"maxVersion" yaml:"maxVersion"`
	// minVersion defines the minimum acceptable TLS version.
	//
	// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
	MinVersion ServiceMonitorSpecEndpointsTlsConfigMinVersion `field:"optional" json:"minVersion" yaml:"minVersion"`
	// serverName is used to verify the hostname for the targets.
	ServerName *string `field:"optional" json:"serverName" yaml:"serverName"`
}

