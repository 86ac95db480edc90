package externalsecrets_externalsecretsio


// ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
type ExternalSecretSpecTargetTemplateMetadata struct {
	Annotations *map[string]*string `field:"optional" json:"annotations" yaml:"annotations"`
	Finalizers *[]*string `field:"optional" json:"finalizers" yaml:"finalizers"`
	Labels *map[string]*string `field:"optional" json:"labels" yaml:"labels"`
}

