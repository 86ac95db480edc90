package monitoring_monitoringcoreoscom


// minVersion defines the minimum acceptable TLS version.
//
// It requires Prometheus >= v2.35.0 or Thanos >= v0.28.0.
type ServiceMonitorSpecEndpointsTlsConfigMinVersion string

const (
	// TLS10.
	ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS10 ServiceMonitorSpecEndpointsTlsConfigMinVersion = "TLS10"
	// TLS11.
	ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS11 ServiceMonitorSpecEndpointsTlsConfigMinVersion = "TLS11"
	// TLS12.
	ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS12 ServiceMonitorSpecEndpointsTlsConfigMinVersion = "TLS12"
	// TLS13.
	ServiceMonitorSpecEndpointsTlsConfigMinVersion_TLS13 ServiceMonitorSpecEndpointsTlsConfigMinVersion = "TLS13"
)

