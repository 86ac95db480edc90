package externalsecrets_externalsecretsio


// EngineVersion specifies the template engine version that should be used to compile/execute the template specified in .data and .templateFrom[].
type ExternalSecretSpecTargetTemplateEngineVersion string

const (
	// v2.
	ExternalSecretSpecTargetTemplateEngineVersion_V2 ExternalSecretSpecTargetTemplateEngineVersion = "V2"
)

