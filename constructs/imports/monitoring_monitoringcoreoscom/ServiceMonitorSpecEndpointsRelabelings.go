package monitoring_monitoringcoreoscom


// RelabelConfig allows dynamic rewriting of the label set for targets, alerts, scraped samples and remote write samples.
//
// More info: https://prometheus.io/docs/prometheus/latest/configuration/configuration/#relabel_config
type ServiceMonitorSpecEndpointsRelabelings struct {
	// action to perform based on the regex matching.
	//
	// `Uppercase` and `Lowercase` actions require Prometheus >= v2.36.0.
	// `DropEqual` and `KeepEqual` actions require Prometheus >= v2.41.0.
	//
	// Default: "Replace".
	Action ServiceMonitorSpecEndpointsRelabelingsAction `field:"optional" json:"action" yaml:"action"`
	// modulus to take of the hash of the source label values.
	//
	// Only applicable when the action is `HashMod`.
	Modulus *float64 `field:"optional" json:"modulus" yaml:"modulus"`
	// regex defines the regular expression against which the extracted value is matched.
	Regex *string `field:"optional" json:"regex" yaml:"regex"`
	// replacement value against which a Replace action is performed if the regular expression matches.
	//
	// Regex capture groups are available.
	Replacement *string `field:"optional" json:"replacement" yaml:"replacement"`
	// separator defines the string between concatenated SourceLabels.
	Separator *string `field:"optional" json:"separator" yaml:"separator"`
	// sourceLabels defines the source labels select values from existing labels.
	//
	// Their content is
	// concatenated using the configured Separator and matched against the
	// configured regular expression.
	SourceLabels *[]*string `field:"optional" json:"sourceLabels" yaml:"sourceLabels"`
	// targetLabel defines the label to which the resulting string is written in a replacement.
	//
	// It is mandatory for `Replace`, `HashMod`, `Lowercase`, `Uppercase`,
	// `KeepEqual` and `DropEqual` actions.
	//
	// Regex capture groups are available.
	TargetLabel *string `field:"optional" json:"targetLabel" yaml:"targetLabel"`
}

