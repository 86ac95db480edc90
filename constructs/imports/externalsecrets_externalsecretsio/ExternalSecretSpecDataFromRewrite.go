package externalsecrets_externalsecretsio


// ExternalSecretRewrite defines how to rewrite secret data values before they are written to the Secret.
type ExternalSecretSpecDataFromRewrite struct {
	// Used to merge key/values in one single Secret The resulting key will contain all values from the specified secrets.
	Merge *ExternalSecretSpecDataFromRewriteMerge `field:"optional" json:"merge" yaml:"merge"`
	// Used to rewrite with regular expressions.
	//
	// The resulting key will be the output of a regexp.ReplaceAll operation.
	Regexp *ExternalSecretSpecDataFromRewriteRegexp `field:"optional" json:"regexp" yaml:"regexp"`
	// Used to apply string transformation on the secrets.
	//
	// The resulting key will be the output of the template applied by the operation.
	Transform *ExternalSecretSpecDataFromRewriteTransform `field:"optional" json:"transform" yaml:"transform"`
}

