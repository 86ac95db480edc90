package externalsecrets_externalsecretsio


// Used to define a conversion Strategy.
type ExternalSecretSpecDataFromExtractConversionStrategy string

const (
	// Default.
	ExternalSecretSpecDataFromExtractConversionStrategy_DEFAULT ExternalSecretSpecDataFromExtractConversionStrategy = "DEFAULT"
	// Unicode.
	ExternalSecretSpecDataFromExtractConversionStrategy_UNICODE ExternalSecretSpecDataFromExtractConversionStrategy = "UNICODE"
)

