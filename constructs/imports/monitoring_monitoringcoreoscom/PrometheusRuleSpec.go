package monitoring_monitoringcoreoscom


// spec defines the specification of desired alerting rule definitions for Prometheus.
type PrometheusRuleSpec struct {
	// groups defines the content of Prometheus rule file.
	Groups *[]*PrometheusRuleSpecGroups `field:"optional" json:"groups" yaml:"groups"`
}

