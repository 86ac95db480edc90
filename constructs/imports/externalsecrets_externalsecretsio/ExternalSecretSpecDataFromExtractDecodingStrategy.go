package externalsecrets_externalsecretsio


// Used to define a decoding Strategy.
type ExternalSecretSpecDataFromExtractDecodingStrategy string

const (
	// Auto.
	ExternalSecretSpecDataFromExtractDecodingStrategy_AUTO ExternalSecretSpecDataFromExtractDecodingStrategy = "AUTO"
	// Base64.
	ExternalSecretSpecDataFromExtractDecodingStrategy_BASE64 ExternalSecretSpecDataFromExtractDecodingStrategy = "BASE64"
	// Base64URL.
	ExternalSecretSpecDataFromExtractDecodingStrategy_BASE64_URL ExternalSecretSpecDataFromExtractDecodingStrategy = "BASE64_URL"
	// None.
	ExternalSecretSpecDataFromExtractDecodingStrategy_NONE ExternalSecretSpecDataFromExtractDecodingStrategy = "NONE"
)

