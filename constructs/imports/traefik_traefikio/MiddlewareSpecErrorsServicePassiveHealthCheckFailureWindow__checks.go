//go:build !no_runtime_type_checking

package traefik_traefikio

import (
	"fmt"
)

func validateMiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow_FromNumberParameters(value *float64) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

func validateMiddlewareSpecErrorsServicePassiveHealthCheckFailureWindow_FromStringParameters(value *string) error {
	if value == nil {
		return fmt.Errorf("parameter value is required, but nil was provided")
	}

	return nil
}

