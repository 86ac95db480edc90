package externalsecrets_externalsecretsio


// Used to define a conversion Strategy.
type ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy string

const (
	// Default.
	ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy_DEFAULT ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = "DEFAULT"
	// Unicode.
	ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy_UNICODE ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = "UNICODE"
)

