package externalsecrets_externalsecretsio


// Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to `SecretStore`.
// Default: SecretStore`.
//
type ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind string

const (
	// SecretStore.
	ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind_SECRET_STORE ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = "SECRET_STORE"
	// ClusterSecretStore.
	ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind_CLUSTER_SECRET_STORE ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = "CLUSTER_SECRET_STORE"
)

