//go:build no_runtime_type_checking

package istionetworking_networkingistioio

// Building without runtime type checking enabled, so all the below just return nil

func validateDestinationRule_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateDestinationRule_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDestinationRule_ManifestParameters(props *DestinationRuleProps) error {
	return nil
}

func validateDestinationRule_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewDestinationRuleParameters(scope constructs.Construct, id *string, props *DestinationRuleProps) error {
	return nil
}

