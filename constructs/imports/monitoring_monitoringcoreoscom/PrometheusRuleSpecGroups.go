package monitoring_monitoringcoreoscom


// RuleGroup is a list of sequentially evaluated recording and alerting rules.
type PrometheusRuleSpecGroups struct {
	// name defines the name of the rule group.
	Name *string `field:"required" json:"name" yaml:"name"`
	// interval defines how often rules in the group are evaluated.
	Interval *string `field:"optional" json:"interval" yaml:"interval"`
	// labels define the labels to add or overwrite before storing the result for its rules.
	//
	// The labels defined at the rule level take precedence.
	//
	// It requires Prometheus >= 3.0.0.
	// The field is ignored for Thanos Ruler.
	Labels *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
	// limit defines the number of alerts an alerting rule and series a recording rule can produce.
	//
	// Limit is supported starting with Prometheus >= 2.31 and Thanos Ruler >= 0.24.
	Limit *float64 `field:"optional" json:"limit" yaml:"limit"`
	// partial_response_strategy is only used by ThanosRuler and will be ignored by Prometheus instances.
	//
	// More info: https://github.com/thanos-io/thanos/blob/main/docs/components/rule.md#partial-response
	PartialResponseStrategy *string `field:"optional" json:"partialResponseStrategy" yaml:"partialResponseStrategy"`
	// query_offset defines the offset the rule evaluation timestamp of this particular group by the specified duration into the past.
	//
	// It requires Prometheus >= v2.53.0.
	// It is not supported for ThanosRuler.
	QueryOffset *string `field:"optional" json:"queryOffset" yaml:"queryOffset"`
	// rules defines the list of alerting and recording rules.
	Rules *[]*PrometheusRuleSpecGroupsRules `field:"optional" json:"rules" yaml:"rules"`
}

