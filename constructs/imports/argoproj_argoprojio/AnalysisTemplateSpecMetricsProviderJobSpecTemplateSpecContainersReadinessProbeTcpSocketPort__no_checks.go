//go:build no_runtime_type_checking

package argoproj_argoprojio

// Building without runtime type checking enabled, so all the below just return nil

func validateAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort_FromNumberParameters(value *float64) error {
	return nil
}

func validateAnalysisTemplateSpecMetricsProviderJobSpecTemplateSpecContainersReadinessProbeTcpSocketPort_FromStringParameters(value *string) error {
	return nil
}

