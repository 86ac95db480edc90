package externalsecrets_externalsecretsio


// TemplateFrom defines a source for template data.
type ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom struct {
	// TemplateRef defines a reference to a template source in a ConfigMap or Secret.
	ConfigMap *ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	Literal *string `field:"optional" json:"literal" yaml:"literal"`
	// TemplateRef defines a reference to a template source in a ConfigMap or Secret.
	Secret *ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret `field:"optional" json:"secret" yaml:"secret"`
	// TemplateTarget defines the target field where the template result will be stored.
	Target ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget `field:"optional" json:"target" yaml:"target"`
}

