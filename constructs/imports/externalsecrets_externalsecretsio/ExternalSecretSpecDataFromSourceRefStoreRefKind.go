package externalsecrets_externalsecretsio


// Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to `SecretStore`.
// Default: SecretStore`.
//
type ExternalSecretSpecDataFromSourceRefStoreRefKind string

const (
	// SecretStore.
	ExternalSecretSpecDataFromSourceRefStoreRefKind_SECRET_STORE ExternalSecretSpecDataFromSourceRefStoreRefKind = "SECRET_STORE"
	// ClusterSecretStore.
	ExternalSecretSpecDataFromSourceRefStoreRefKind_CLUSTER_SECRET_STORE ExternalSecretSpecDataFromSourceRefStoreRefKind = "CLUSTER_SECRET_STORE"
)

