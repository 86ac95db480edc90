package externalsecrets_externalsecretsio


// TemplateRefItem specifies a key in the ConfigMap/Secret to use as a template for Secret data.
type ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems struct {
	// A key in the ConfigMap/Secret.
	Key *string `field:"required" json:"key" yaml:"key"`
	// TemplateScope specifies how the template keys should be interpreted.
	TemplateAs ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs `field:"optional" json:"templateAs" yaml:"templateAs"`
}

