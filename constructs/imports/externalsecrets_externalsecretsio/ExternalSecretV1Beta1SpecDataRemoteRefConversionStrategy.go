package externalsecrets_externalsecretsio


// Used to define a conversion Strategy.
type ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy string

const (
	// Default.
	ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy_DEFAULT ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = "DEFAULT"
	// Unicode.
	ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy_UNICODE ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = "UNICODE"
)

