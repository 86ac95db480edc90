package constructs

import (
	"cmp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	monitoring "github.com/screenshot-algo/k8s/constructs/imports/monitoring_monitoringcoreoscom"
)

// MetricsLabel marks the one Service per tier that Prometheus scrapes. A tier may have more
// Services selecting the same pods (a rollout's preview or canary); scraping those too would
// count every pod twice.
const MetricsLabel = "screenshot-algo.io/metrics"

// ServiceMonitorProps describe how Prometheus scrapes one tier.
type ServiceMonitorProps struct {
	// Namespace holds the monitor, next to the Service it selects. Required.
	Namespace string
	// Identity names the tier; the Service scraped carries its selector labels and MetricsLabel.
	Identity Identity
	// Port names the Service port to scrape. Empty means MetricsPortName.
	Port string
	// Path is the metrics path. Empty means "/metrics".
	Path string
	// Interval is the scrape interval. Empty means "30s".
	Interval string
	// Labels are added to the monitor, so that the cluster's Prometheus selects it.
	Labels map[string]string
}

// NewServiceMonitor builds "<app>-<tier>", a Prometheus Operator ServiceMonitor.
func NewServiceMonitor(scope constructs.Construct, id string, props ServiceMonitorProps) monitoring.ServiceMonitor {
	port, path, interval := cmp.Or(props.Port, MetricsPortName), cmp.Or(props.Path, "/metrics"), cmp.Or(props.Interval, "30s")
	selector := props.Identity.SelectorLabels()
	selector[MetricsLabel] = "true"
	meta := props.Identity.APIMeta(props.Identity.ObjectName(), props.Namespace)
	for k, v := range props.Labels {
		(*meta.Labels)[k] = jsii.String(v)
	}
	return monitoring.NewServiceMonitor(scope, jsii.String(id), &monitoring.ServiceMonitorProps{
		Metadata: meta,
		Spec: &monitoring.ServiceMonitorSpec{
			Selector: &monitoring.ServiceMonitorSpecSelector{MatchLabels: StringMap(selector)},
			// A Rollout labels each release's pods with their template hash; keeping it on the
			// series lets an analysis query the new pods alone.
			PodTargetLabels: jsii.Strings(RolloutHashLabel),
			// EndpointSlices: the Endpoints API is deprecated since Kubernetes 1.33.
			ServiceDiscoveryRole: monitoring.ServiceMonitorSpecServiceDiscoveryRole_ENDPOINT_SLICE,
			Endpoints:            &[]*monitoring.ServiceMonitorSpecEndpoints{{Port: jsii.String(port), Path: jsii.String(path), Interval: jsii.String(interval)}},
		},
	})
}
