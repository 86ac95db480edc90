package externalsecrets_externalsecretsio


// Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to `SecretStore`.
// Default: SecretStore`.
//
type ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind string

const (
	// SecretStore.
	ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind_SECRET_STORE ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = "SECRET_STORE"
	// ClusterSecretStore.
	ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind_CLUSTER_SECRET_STORE ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = "CLUSTER_SECRET_STORE"
)

