package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	monitoring "github.com/screenshot-algo/k8s/constructs/imports/monitoring_monitoringcoreoscom"
)

// Alert is one Prometheus alerting rule.
type Alert struct {
	// Name is the alert's name, e.g. "ScreenshotAlgoHigh5xxRate".
	Name string
	// Expr is the PromQL condition.
	Expr string
	// For is how long Expr must hold before the alert fires, e.g. "5m".
	For string
	// Severity routes the alert: "critical" pages, "warning" opens a ticket.
	Severity string
	// Summary and Description tell the person paged what is wrong; Description may use
	// Prometheus templates such as {{ $labels.pod }}.
	Summary, Description string
	// Runbook is the URL of what to do about it.
	Runbook string
}

// PrometheusRuleProps describe a group of alerts.
type PrometheusRuleProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the rule. Required.
	Namespace string
	// Name is the short name of the rule and its group. Required.
	Name string
	// Alerts are the rules. Required.
	Alerts []Alert
	// Labels are added to the rule, so that the cluster's Prometheus selects it.
	Labels map[string]string
}

// NewPrometheusRule builds "<app>-<name>", a Prometheus Operator PrometheusRule whose
// alerts all carry a severity label and summary, description and runbook_url annotations.
func NewPrometheusRule(scope constructs.Construct, id string, props PrometheusRuleProps) monitoring.PrometheusRule {
	rules := make([]*monitoring.PrometheusRuleSpecGroupsRules, 0, len(props.Alerts))
	for _, a := range props.Alerts {
		rules = append(rules, &monitoring.PrometheusRuleSpecGroupsRules{
			Alert:  jsii.String(a.Name),
			Expr:   monitoring.PrometheusRuleSpecGroupsRulesExpr_FromString(jsii.String(a.Expr)),
			For:    jsii.String(a.For),
			Labels: StringMap(map[string]string{"severity": a.Severity}),
			Annotations: StringMap(map[string]string{
				"summary": a.Summary, "description": a.Description, "runbook_url": a.Runbook,
			}),
		})
	}
	meta := Identity{PartOf: props.PartOf, Name: props.Name, Component: "alerts"}.APIMeta(ObjectName(props.PartOf, props.Name), props.Namespace)
	for k, v := range props.Labels {
		(*meta.Labels)[k] = jsii.String(v)
	}
	return monitoring.NewPrometheusRule(scope, jsii.String(id), &monitoring.PrometheusRuleProps{
		Metadata: meta,
		Spec: &monitoring.PrometheusRuleSpec{Groups: &[]*monitoring.PrometheusRuleSpecGroups{{
			Name:  jsii.String(ObjectName(props.PartOf, props.Name)),
			Rules: &rules,
		}}},
	})
}
