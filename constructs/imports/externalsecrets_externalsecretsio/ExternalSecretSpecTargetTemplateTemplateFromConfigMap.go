package externalsecrets_externalsecretsio


// TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
type ExternalSecretSpecTargetTemplateTemplateFromConfigMap struct {
	// A list of keys in the ConfigMap/Secret to use as templates for Secret data.
	Items *[]*ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems `field:"required" json:"items" yaml:"items"`
	// The name of the ConfigMap/Secret resource.
	Name *string `field:"required" json:"name" yaml:"name"`
}

