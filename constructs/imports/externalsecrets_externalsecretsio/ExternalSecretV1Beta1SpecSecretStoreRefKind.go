package externalsecrets_externalsecretsio


// Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to `SecretStore`.
// Default: SecretStore`.
//
type ExternalSecretV1Beta1SpecSecretStoreRefKind string

const (
	// SecretStore.
	ExternalSecretV1Beta1SpecSecretStoreRefKind_SECRET_STORE ExternalSecretV1Beta1SpecSecretStoreRefKind = "SECRET_STORE"
	// ClusterSecretStore.
	ExternalSecretV1Beta1SpecSecretStoreRefKind_CLUSTER_SECRET_STORE ExternalSecretV1Beta1SpecSecretStoreRefKind = "CLUSTER_SECRET_STORE"
)

