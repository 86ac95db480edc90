//go:build no_runtime_type_checking

package certmanager_certmanagerio

// Building without runtime type checking enabled, so all the below just return nil

func validateIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits_FromNumberParameters(value *float64) error {
	return nil
}

func validateIssuerSpecAcmeSolversHttp01GatewayHttpRoutePodTemplateSpecResourcesLimits_FromStringParameters(value *string) error {
	return nil
}

