package externalsecrets_externalsecretsio


// Policy for fetching tags/labels from provider secrets, possible options are Fetch, None.
//
// Defaults to None.
// Default: None.
//
type ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy string

const (
	// None.
	ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy_NONE ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = "NONE"
	// Fetch.
	ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy_FETCH ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = "FETCH"
)

