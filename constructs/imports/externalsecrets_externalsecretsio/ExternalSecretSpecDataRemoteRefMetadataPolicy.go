package externalsecrets_externalsecretsio


// Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.
//
// Defaults to None.
// Default: None.
//
type ExternalSecretSpecDataRemoteRefMetadataPolicy string

const (
	// None.
	ExternalSecretSpecDataRemoteRefMetadataPolicy_NONE ExternalSecretSpecDataRemoteRefMetadataPolicy = "NONE"
	// Fetch.
	ExternalSecretSpecDataRemoteRefMetadataPolicy_FETCH ExternalSecretSpecDataRemoteRefMetadataPolicy = "FETCH"
)

