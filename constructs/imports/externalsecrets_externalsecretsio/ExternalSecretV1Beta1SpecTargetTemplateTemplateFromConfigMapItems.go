package externalsecrets_externalsecretsio


// TemplateRefItem defines which key in the referenced ConfigMap or Secret to use as a template.
type ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems struct {
	// A key in the ConfigMap/Secret.
	Key *string `field:"required" json:"key" yaml:"key"`
	// TemplateScope defines the scope of the template when processing template data.
	TemplateAs ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs `field:"optional" json:"templateAs" yaml:"templateAs"`
}

