package monitoring_monitoringcoreoscom


// selectorMechanism defines the mechanism used to select the endpoints to scrape.
//
// By default, the selection process relies on relabel configurations to filter the discovered targets.
// Alternatively, you can opt in for role selectors, which may offer better efficiency in large clusters.
// Which strategy is best for your use case needs to be carefully evaluated.
//
// It requires Prometheus >= v2.17.0.
type ServiceMonitorSpecSelectorMechanism string

const (
	// RelabelConfig.
	ServiceMonitorSpecSelectorMechanism_RELABEL_CONFIG ServiceMonitorSpecSelectorMechanism = "RELABEL_CONFIG"
	// RoleSelector.
	ServiceMonitorSpecSelectorMechanism_ROLE_SELECTOR ServiceMonitorSpecSelectorMechanism = "ROLE_SELECTOR"
)

