package monitoring_monitoringcoreoscom


// scheme defines the HTTP scheme to use when scraping the metrics.
type ServiceMonitorSpecEndpointsScheme string

const (
	// http.
	ServiceMonitorSpecEndpointsScheme_HTTP ServiceMonitorSpecEndpointsScheme = "HTTP"
	// https.
	ServiceMonitorSpecEndpointsScheme_HTTPS ServiceMonitorSpecEndpointsScheme = "HTTPS"
)

