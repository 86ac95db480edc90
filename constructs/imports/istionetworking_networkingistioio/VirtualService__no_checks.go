//go:build no_runtime_type_checking

package istionetworking_networkingistioio

// Building without runtime type checking enabled, so all the below just return nil

func validateVirtualService_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateVirtualService_IsConstructParameters(x interface{}) error {
	return nil
}

func validateVirtualService_ManifestParameters(props *VirtualServiceProps) error {
	return nil
}

func validateVirtualService_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewVirtualServiceParameters(scope constructs.Construct, id *string, props *VirtualServiceProps) error {
	return nil
}

