package externalsecrets_externalsecretsio


// ExternalSecretRewrite defines rules on how to rewrite secret keys.
type ExternalSecretV1Beta1SpecDataFromRewrite struct {
	// Used to rewrite with regular expressions.
	//
	// The resulting key will be the output of a regexp.ReplaceAll operation.
	Regexp *ExternalSecretV1Beta1SpecDataFromRewriteRegexp `field:"optional" json:"regexp" yaml:"regexp"`
	// Used to apply string transformation on the secrets.
	//
	// The resulting key will be the output of the template applied by the operation.
	Transform *ExternalSecretV1Beta1SpecDataFromRewriteTransform `field:"optional" json:"transform" yaml:"transform"`
}

