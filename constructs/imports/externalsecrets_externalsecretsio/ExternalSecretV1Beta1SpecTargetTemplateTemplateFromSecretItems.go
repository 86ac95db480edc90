package externalsecrets_externalsecretsio


// TemplateRefItem defines which key in the referenced ConfigMap or Secret to use as a template.
type ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems struct {
	// A key in the ConfigMap/Secret.
	Key *string `field:"required" json:"key" yaml:"key"`
	// TemplateScope defines the scope of the template when processing template data.
	TemplateAs ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs `field:"optional" json:"templateAs" yaml:"templateAs"`
}

