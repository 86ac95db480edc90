//go:build no_runtime_type_checking

package argoproj_argoprojio

// Building without runtime type checking enabled, so all the below just return nil

func validateRollout_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateRollout_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRollout_ManifestParameters(props *RolloutProps) error {
	return nil
}

func validateRollout_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewRolloutParameters(scope constructs.Construct, id *string, props *RolloutProps) error {
	return nil
}

