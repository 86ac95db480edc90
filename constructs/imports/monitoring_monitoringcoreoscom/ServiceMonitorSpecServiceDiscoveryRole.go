package monitoring_monitoringcoreoscom


// serviceDiscoveryRole defines the service discovery role used to discover targets.
//
// If set, the value should be either "Endpoints" or "EndpointSlice".
// Otherwise it defaults to the value defined in the
// Prometheus/PrometheusAgent resource.
type ServiceMonitorSpecServiceDiscoveryRole string

const (
	// Endpoints.
	ServiceMonitorSpecServiceDiscoveryRole_ENDPOINTS ServiceMonitorSpecServiceDiscoveryRole = "ENDPOINTS"
	// EndpointSlice.
	ServiceMonitorSpecServiceDiscoveryRole_ENDPOINT_SLICE ServiceMonitorSpecServiceDiscoveryRole = "ENDPOINT_SLICE"
)

