//go:build no_runtime_type_checking

package istionetworking_networkingistioio

// Building without runtime type checking enabled, so all the below just return nil

func validateVirtualServiceV1Beta1_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateVirtualServiceV1Beta1_IsConstructParameters(x interface{}) error {
	return nil
}

func validateVirtualServiceV1Beta1_ManifestParameters(props *VirtualServiceV1Beta1Props) error {
	return nil
}

func validateVirtualServiceV1Beta1_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewVirtualServiceV1Beta1Parameters(scope constructs.Construct, id *string, props *VirtualServiceV1Beta1Props) error {
	return nil
}

