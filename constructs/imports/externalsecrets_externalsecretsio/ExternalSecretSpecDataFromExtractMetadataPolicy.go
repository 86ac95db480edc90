package externalsecrets_externalsecretsio


// Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.
//
// Defaults to None.
// Default: None.
//
type ExternalSecretSpecDataFromExtractMetadataPolicy string

const (
	// None.
	ExternalSecretSpecDataFromExtractMetadataPolicy_NONE ExternalSecretSpecDataFromExtractMetadataPolicy = "NONE"
	// Fetch.
	ExternalSecretSpecDataFromExtractMetadataPolicy_FETCH ExternalSecretSpecDataFromExtractMetadataPolicy = "FETCH"
)

