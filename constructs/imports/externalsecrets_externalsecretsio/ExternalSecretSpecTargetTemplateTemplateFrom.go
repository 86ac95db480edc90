package externalsecrets_externalsecretsio


// TemplateFrom specifies a source for templates.
//
// Each item in the list can either reference a ConfigMap or a Secret resource.
type ExternalSecretSpecTargetTemplateTemplateFrom struct {
	// TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
	ConfigMap *ExternalSecretSpecTargetTemplateTemplateFromConfigMap `field:"optional" json:"configMap" yaml:"configMap"`
	Literal *string `field:"optional" json:"literal" yaml:"literal"`
	// TemplateRef specifies a reference to either a ConfigMap or a Secret resource.
	Secret *ExternalSecretSpecTargetTemplateTemplateFromSecret `field:"optional" json:"secret" yaml:"secret"`
	// Target specifies where to place the template result.
	//
	// For Secret resources, common values are: "Data", "Annotations", "Labels".
	// For custom resources (when spec.target.manifest is set), this supports
	// nested paths like "spec.database.config" or "data".
	Target *string `field:"optional" json:"target" yaml:"target"`
}

