//go:build !no_runtime_type_checking

package monitoring_monitoringcoreoscom

import (
	"fmt"
)

func validatePrometheusRuleSpecGroupsRulesExpr_FromNumberParameters(value *float64) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

func validatePrometheusRuleSpecGroupsRulesExpr_FromStringParameters(value *string) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

