package externalsecrets_externalsecretsio


// Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.
//
// Defaults to None.
// Default: None.
//
type ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy string

const (
	// None.
	ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy_NONE ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = "NONE"
	// Fetch.
	ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy_FETCH ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = "FETCH"
)

