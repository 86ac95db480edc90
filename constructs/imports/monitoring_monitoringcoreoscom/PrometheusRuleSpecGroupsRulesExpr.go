package monitoring_monitoringcoreoscom

import (
	_jsii_ "github.com/aws/jsii-runtime-go/runtime"
	_init_ "github.com/screenshot-algo/k8s/constructs/imports/monitoring_monitoringcoreoscom/jsii"
)

// expr defines the PromQL expression to evaluate.
type PrometheusRuleSpecGroupsRulesExpr interface {
	Value() interface{}
}

// The jsii proxy struct for PrometheusRuleSpecGroupsRulesExpr
type jsiiProxy_PrometheusRuleSpecGroupsRulesExpr struct {
	_ byte // padding
}

func (j *jsiiProxy_PrometheusRuleSpecGroupsRulesExpr) Value() interface{} {
	var returns interface{}
	_jsii_.Get(
		j,
		"value",
		&returns,
	)
	return returns
}


func PrometheusRuleSpecGroupsRulesExpr_FromNumber(value *float64) PrometheusRuleSpecGroupsRulesExpr {
	_init_.Initialize()

	if err := validatePrometheusRuleSpecGroupsRulesExpr_FromNumberParameters(value); err != nil {
		panic(err)
	}
	var returns PrometheusRuleSpecGroupsRulesExpr

	_jsii_.StaticInvoke(
		"monitoring_monitoringcoreoscom.PrometheusRuleSpecGroupsRulesExpr",
		"fromNumber",
		[]interface{}{value},
		&returns,
	)

	return returns
}

func PrometheusRuleSpecGroupsRulesExpr_FromString(value *string) PrometheusRuleSpecGroupsRulesExpr {
	_init_.Initialize()

	if err := validatePrometheusRuleSpecGroupsRulesExpr_FromStringParameters(value); err != nil {
		panic(err)
	}
	var returns PrometheusRuleSpecGroupsRulesExpr

	_jsii_.StaticInvoke(
		"monitoring_monitoringcoreoscom.PrometheusRuleSpecGroupsRulesExpr",
		"fromString",
		[]interface{}{value},
		&returns,
	)

	return returns
}

