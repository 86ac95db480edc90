package externalsecrets_externalsecretsio


// Used to define a decoding Strategy.
type ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy string

const (
	// Auto.
	ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy_AUTO ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = "AUTO"
	// Base64.
	ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy_BASE64 ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = "BASE64"
	// Base64URL.
	ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy_BASE64_URL ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = "BASE64_URL"
	// None.
	ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy_NONE ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = "NONE"
)

