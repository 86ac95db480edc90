package externalsecrets_externalsecretsio


// Used to define a conversion Strategy.
type ExternalSecretV1Beta1SpecDataFromFindConversionStrategy string

const (
	// Default.
	ExternalSecretV1Beta1SpecDataFromFindConversionStrategy_DEFAULT ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = "DEFAULT"
	// Unicode.
	ExternalSecretV1Beta1SpecDataFromFindConversionStrategy_UNICODE ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = "UNICODE"
)

