package monitoring_monitoringcoreoscom


// maxVersion defines the maximum acceptable TLS version.
//
// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
type ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion string

const (
	// TLS10.
	ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS10 ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion = "TLS10"
	// TLS11.
	ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS11 ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion = "TLS11"
	// TLS12.
	ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS12 ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion = "TLS12"
	// TLS13.
	ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion_TLS13 ServiceMonitorSpecEndpointsOauth2TlsConfigMaxVersion = "TLS13"
)

