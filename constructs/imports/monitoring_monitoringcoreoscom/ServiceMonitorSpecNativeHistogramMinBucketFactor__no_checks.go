//go:build no_runtime_type_checking

package monitoring_monitoringcoreoscom

// Building without runtime type checking enabled, so all the below just return nil

func validateServiceMonitorSpecNativeHistogramMinBucketFactor_FromNumberParameters(value *float64) error {
	return nil
}

func validateServiceMonitorSpecNativeHistogramMinBucketFactor_FromStringParameters(value *string) error {
	return nil
}

