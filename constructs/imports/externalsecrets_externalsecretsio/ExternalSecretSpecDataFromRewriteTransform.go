package externalsecrets_externalsecretsio


// Used to apply string transformation on the secrets.
//
// The resulting key will be the output of the template applied by the operation.
type ExternalSecretSpecDataFromRewriteTransform struct {
	// Used to define the template to apply on the secret name.
	//
	// `.value ` will specify the secret name in the template.
	Template *string `field:"required" json:"template" yaml:"template"`
}

