//go:build no_runtime_type_checking

package istiosecurity_securityistioio

// Building without runtime type checking enabled, so all the below just return nil

func validatePeerAuthenticationV1Beta1_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validatePeerAuthenticationV1Beta1_IsConstructParameters(x interface{}) error {
	return nil
}

func validatePeerAuthenticationV1Beta1_ManifestParameters(props *PeerAuthenticationV1Beta1Props) error {
	return nil
}

func validatePeerAuthenticationV1Beta1_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewPeerAuthenticationV1Beta1Parameters(scope constructs.Construct, id *string, props *PeerAuthenticationV1Beta1Props) error {
	return nil
}

