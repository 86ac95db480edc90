package externalsecrets_externalsecretsio


// Used to define a decoding Strategy.
type ExternalSecretSpecDataFromFindDecodingStrategy string

const (
	// Auto.
	ExternalSecretSpecDataFromFindDecodingStrategy_AUTO ExternalSecretSpecDataFromFindDecodingStrategy = "AUTO"
	// Base64.
	ExternalSecretSpecDataFromFindDecodingStrategy_BASE64 ExternalSecretSpecDataFromFindDecodingStrategy = "BASE64"
	// Base64URL.
	ExternalSecretSpecDataFromFindDecodingStrategy_BASE64_URL ExternalSecretSpecDataFromFindDecodingStrategy = "BASE64_URL"
	// None.
	ExternalSecretSpecDataFromFindDecodingStrategy_NONE ExternalSecretSpecDataFromFindDecodingStrategy = "NONE"
)

