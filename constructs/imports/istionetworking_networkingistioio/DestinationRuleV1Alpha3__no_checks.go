//go:build no_runtime_type_checking

package istionetworking_networkingistioio

// Building without runtime type checking enabled, so all the below just return nil

func validateDestinationRuleV1Alpha3_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateDestinationRuleV1Alpha3_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDestinationRuleV1Alpha3_ManifestParameters(props *DestinationRuleV1Alpha3Props) error {
	return nil
}

func validateDestinationRuleV1Alpha3_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewDestinationRuleV1Alpha3Parameters(scope constructs.Construct, id *string, props *DestinationRuleV1Alpha3Props) error {
	return nil
}

