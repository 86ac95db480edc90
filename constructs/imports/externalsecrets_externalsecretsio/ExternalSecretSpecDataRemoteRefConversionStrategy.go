package externalsecrets_externalsecretsio


// Used to define a conversion Strategy.
type ExternalSecretSpecDataRemoteRefConversionStrategy string

const (
	// Default.
	ExternalSecretSpecDataRemoteRefConversionStrategy_DEFAULT ExternalSecretSpecDataRemoteRefConversionStrategy = "DEFAULT"
	// Unicode.
	ExternalSecretSpecDataRemoteRefConversionStrategy_UNICODE ExternalSecretSpecDataRemoteRefConversionStrategy = "UNICODE"
)

