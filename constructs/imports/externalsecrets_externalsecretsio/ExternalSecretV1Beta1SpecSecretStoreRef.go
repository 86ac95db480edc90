package externalsecrets_externalsecretsio


// SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
type ExternalSecretV1Beta1SpecSecretStoreRef struct {
	// Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to `SecretStore`.
	// Default: SecretStore`.
	//
	Kind ExternalSecretV1Beta1SpecSecretStoreRefKind `field:"optional" json:"kind" yaml:"kind"`
	// Name of the SecretStore resource.
	Name *string `field:"optional" json:"name" yaml:"name"`
}

