package externalsecrets_externalsecretsio


// Used to define a conversion Strategy.
type ExternalSecretSpecDataFromFindConversionStrategy string

const (
	// Default.
	ExternalSecretSpecDataFromFindConversionStrategy_DEFAULT ExternalSecretSpecDataFromFindConversionStrategy = "DEFAULT"
	// Unicode.
	ExternalSecretSpecDataFromFindConversionStrategy_UNICODE ExternalSecretSpecDataFromFindConversionStrategy = "UNICODE"
)

