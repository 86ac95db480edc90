package externalsecrets_externalsecretsio


// EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].
type ExternalSecretV1Beta1SpecTargetTemplateEngineVersion string

const (
	// v2.
	ExternalSecretV1Beta1SpecTargetTemplateEngineVersion_V2 ExternalSecretV1Beta1SpecTargetTemplateEngineVersion = "V2"
)

