package externalsecrets_externalsecretsio


// Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to `SecretStore`.
// Default: SecretStore`.
//
type ExternalSecretSpecDataSourceRefStoreRefKind string

const (
	// SecretStore.
	ExternalSecretSpecDataSourceRefStoreRefKind_SECRET_STORE ExternalSecretSpecDataSourceRefStoreRefKind = "SECRET_STORE"
	// ClusterSecretStore.
	ExternalSecretSpecDataSourceRefStoreRefKind_CLUSTER_SECRET_STORE ExternalSecretSpecDataSourceRefStoreRefKind = "CLUSTER_SECRET_STORE"
)

