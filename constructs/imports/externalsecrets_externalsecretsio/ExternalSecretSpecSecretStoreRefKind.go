package externalsecrets_externalsecretsio


// Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to `SecretStore`.
// Default: SecretStore`.
//
type ExternalSecretSpecSecretStoreRefKind string

const (
	// SecretStore.
	ExternalSecretSpecSecretStoreRefKind_SECRET_STORE ExternalSecretSpecSecretStoreRefKind = "SECRET_STORE"
	// ClusterSecretStore.
	ExternalSecretSpecSecretStoreRefKind_CLUSTER_SECRET_STORE ExternalSecretSpecSecretStoreRefKind = "CLUSTER_SECRET_STORE"
)

