package externalsecrets_externalsecretsio


// RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
//
// No periodic updates occur if refreshInterval is 0.
// - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes.
type ExternalSecretV1Beta1SpecRefreshPolicy string

const (
	// CreatedOnce.
	ExternalSecretV1Beta1SpecRefreshPolicy_CREATED_ONCE ExternalSecretV1Beta1SpecRefreshPolicy = "CREATED_ONCE"
	// Periodic.
	ExternalSecretV1Beta1SpecRefreshPolicy_PERIODIC ExternalSecretV1Beta1SpecRefreshPolicy = "PERIODIC"
	// OnChange.
	ExternalSecretV1Beta1SpecRefreshPolicy_ON_CHANGE ExternalSecretV1Beta1SpecRefreshPolicy = "ON_CHANGE"
)

