package monitoring_monitoringcoreoscom


// namespaceSelector defines in which namespace(s) Prometheus should discover the services.
//
// By default, the services are discovered in the same namespace as the `ServiceMonitor` object but it is possible to select pods across different/all namespaces.
type ServiceMonitorSpecNamespaceSelector struct {
	// any defines the boolean describing whether all namespaces are selected in contrast to a list restricting them.
	Any *bool `field:"optional" json:"any" yaml:"any"`
	// matchNames defines the list of namespace names to select from.
	MatchNames *[]*string `field:"optional" json:"matchNames" yaml:"matchNames"`
}

