//go:build no_runtime_type_checking

package argoproj_argoprojio

// Building without runtime type checking enabled, so all the below just return nil

func validateAnalysisTemplate_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validateAnalysisTemplate_IsConstructParameters(x interface{}) error {
	return nil
}

func validateAnalysisTemplate_ManifestParameters(props *AnalysisTemplateProps) error {
	return nil
}

func validateAnalysisTemplate_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewAnalysisTemplateParameters(scope constructs.Construct, id *string, props *AnalysisTemplateProps) error {
	return nil
}

