package externalsecrets_externalsecretsio


// Template defines a blueprint for the created Secret resource.
type ExternalSecretV1Beta1SpecTargetTemplate struct {
	Data *map[string]*string `field:"optional" json:"data" yaml:"data"`
	// EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].
	EngineVersion ExternalSecretV1Beta1SpecTargetTemplateEngineVersion `field:"optional" json:"engineVersion" yaml:"engineVersion"`
	// TemplateMergePolicy defines how template values should be merged when generating a secret.
	MergePolicy ExternalSecretV1Beta1SpecTargetTemplateMergePolicy `field:"optional" json:"mergePolicy" yaml:"mergePolicy"`
	// ExternalSecretTemplateMetadata defines metadata fields for the Secret blueprint.
	Metadata *ExternalSecretV1Beta1SpecTargetTemplateMetadata `field:"optional" json:"metadata" yaml:"metadata"`
	TemplateFrom *[]*ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom `field:"optional" json:"templateFrom" yaml:"templateFrom"`
	Type *string `field:"optional" json:"type" yaml:"type"`
}

