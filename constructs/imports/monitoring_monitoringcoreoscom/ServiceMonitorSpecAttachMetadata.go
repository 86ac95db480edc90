package monitoring_monitoringcoreoscom


// attachMetadata defines additional metadata which is added to the discovered targets.
//
// It requires Prometheus >= v2.37.0.
type ServiceMonitorSpecAttachMetadata struct {
	// node when set to true, Prometheus attaches node metadata to the discovered targets.
	//
	// The Prometheus service account must have the `list` and `watch`
	// permissions on the `Nodes` objects.
	//
	// Node metadata labels are not automatically added to scraped metrics. They are
	// exposed as `__meta_kubernetes_node_*` labels and can be copied to timeseries
	// with relabeling configuration.
	Node *bool `field:"optional" json:"node" yaml:"node"`
}

