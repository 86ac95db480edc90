//go:build no_runtime_type_checking

package istiosecurity_securityistioio

// Building without runtime type checking enabled, so all the below just return nil

func validatePeerAuthentication_IsApiObjectParameters(o interface{}) error {
	return nil
}

func validatePeerAuthentication_IsConstructParameters(x interface{}) error {
	return nil
}

func validatePeerAuthentication_ManifestParameters(props *PeerAuthenticationProps) error {
	return nil
}

func validatePeerAuthentication_OfParameters(c constructs.IConstruct) error {
	return nil
}

func validateNewPeerAuthenticationParameters(scope constructs.Construct, id *string, props *PeerAuthenticationProps) error {
	return nil
}

