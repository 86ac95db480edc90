package externalsecrets_externalsecretsio


// RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
//
// No periodic updates occur if refreshInterval is 0.
// - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes.
type ExternalSecretSpecRefreshPolicy string

const (
	// CreatedOnce.
	ExternalSecretSpecRefreshPolicy_CREATED_ONCE ExternalSecretSpecRefreshPolicy = "CREATED_ONCE"
	// Periodic.
	ExternalSecretSpecRefreshPolicy_PERIODIC ExternalSecretSpecRefreshPolicy = "PERIODIC"
	// OnChange.
	ExternalSecretSpecRefreshPolicy_ON_CHANGE ExternalSecretSpecRefreshPolicy = "ON_CHANGE"
)

