package externalsecrets_externalsecretsio


// TemplateRef defines a reference to a template source in a ConfigMap or Secret.
type ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret struct {
	// A list of keys in the ConfigMap/Secret to use as templates for Secret data.
	Items *[]*ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems `field:"required" json:"items" yaml:"items"`
	// The name of the ConfigMap/Secret resource.
	Name *string `field:"required" json:"name" yaml:"name"`
}

