package externalsecrets_externalsecretsio


// Used to define a decoding Strategy.
type ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy string

const (
	// Auto.
	ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy_AUTO ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = "AUTO"
	// Base64.
	ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy_BASE64 ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = "BASE64"
	// Base64URL.
	ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy_BASE64_URL ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = "BASE64_URL"
	// None.
	ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy_NONE ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = "NONE"
)

