package monitoring_monitoringcoreoscom


// Rule describes an alerting or recording rule See Prometheus documentation: [alerting](https://www.prometheus.io/docs/prometheus/latest/configuration/alerting_rules/) or [recording](https://www.prometheus.io/docs/prometheus/latest/configuration/recording_rules/#recording-rules) rule.
type PrometheusRuleSpecGroupsRules struct {
	// expr defines the PromQL expression to evaluate.
	Expr PrometheusRuleSpecGroupsRulesExpr `field:"required" json:"expr" yaml:"expr"`
	// alert defines the name of the alert.
	//
	// Must be a valid label value.
	// Only one of `record` and `alert` must be set.
	Alert *string `field:"optional" json:"alert" yaml:"alert"`
	// annotations defines annotations to add to each alert.
	//
	// Only valid for alerting rules.
	Annotations *map[string]*string `field:"optional" json:"annotations" yaml:"annotations"`
	// for defines how alerts are considered firing once they have been returned for this long.
	For *string `field:"optional" json:"for" yaml:"for"`
	// keep_firing_for defines how long an alert will continue firing after the condition that triggered it has cleared.
	KeepFiringFor *string `field:"optional" json:"keepFiringFor" yaml:"keepFiringFor"`
	// labels defines labels to add or overwrite.
	Labels *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
	// record defines the name of the time series to output to.
	//
	// Must be a valid metric name.
	// Only one of `record` and `alert` must be set.
	Record *string `field:"optional" json:"record" yaml:"record"`
}

