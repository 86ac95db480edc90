//go:build no_runtime_type_checking

package gateway_gatewaynetworkingk8sio

// Building without runtime type checking enabled, so all the below just return nil

func validateGateway_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateGateway_IsConstructParameters(x interface{}) error {
	return nil
}

func validateGateway_ManifestParameters(props *GatewayProps) error {
	return nil
}

func validateGateway_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewGatewayParameters(scope constructs.Construct, id *string, props *GatewayProps) error {
	return nil
}

