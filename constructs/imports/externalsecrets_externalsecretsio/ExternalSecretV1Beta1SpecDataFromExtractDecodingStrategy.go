package externalsecrets_externalsecretsio


// Used to define a decoding Strategy.
type ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy string

const (
	// Auto.
	ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy_AUTO ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = "AUTO"
	// Base64.
	ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy_BASE64 ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = "BASE64"
	// Base64URL.
	ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy_BASE64_URL ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = "BASE64_URL"
	// None.
	ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy_NONE ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = "NONE"
)

