package monitoring_monitoringcoreoscom


// fallbackScrapeProtocol defines the protocol to use if a scrape returns blank, unparseable, or otherwise invalid Content-Type.
//
// It requires Prometheus >= v3.0.0.
type ServiceMonitorSpecFallbackScrapeProtocol string

const (
	// PrometheusProto.
	ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_PROTO ServiceMonitorSpecFallbackScrapeProtocol = "PROMETHEUS_PROTO"
	// OpenMetricsText0.0.1.
	ServiceMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT0_0_1 ServiceMonitorSpecFallbackScrapeProtocol = "OPEN_METRICS_TEXT0_0_1"
	// OpenMetricsText1.0.0.
	ServiceMonitorSpecFallbackScrapeProtocol_OPEN_METRICS_TEXT1_0_0 ServiceMonitorSpecFallbackScrapeProtocol = "OPEN_METRICS_TEXT1_0_0"
	// PrometheusText0.0.4.
	ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT0_0_4 ServiceMonitorSpecFallbackScrapeProtocol = "PROMETHEUS_TEXT0_0_4"
	// PrometheusText1.0.0.
	ServiceMonitorSpecFallbackScrapeProtocol_PROMETHEUS_TEXT1_0_0 ServiceMonitorSpecFallbackScrapeProtocol = "PROMETHEUS_TEXT1_0_0"
)

