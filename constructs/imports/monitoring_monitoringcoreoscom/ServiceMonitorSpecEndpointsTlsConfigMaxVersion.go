package monitoring_monitoringcoreoscom


// maxVersion defines the maximum acceptable TLS version.
//
// It requires Prometheus >= v2.41.0 or Thanos >= v0.31.0.
type ServiceMonitorSpecEndpointsTlsConfigMaxVersion string

const (
	// TLS10.
	ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS10 ServiceMonitorSpecEndpointsTlsConfigMaxVersion = "TLS10"
	// TLS11.
	ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS11 ServiceMonitorSpecEndpointsTlsConfigMaxVersion = "TLS11"
	// TLS12.
	ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS12 ServiceMonitorSpecEndpointsTlsConfigMaxVersion = "TLS12"
	// TLS13.
	ServiceMonitorSpecEndpointsTlsConfigMaxVersion_TLS13 ServiceMonitorSpecEndpointsTlsConfigMaxVersion = "TLS13"
)

