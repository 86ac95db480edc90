package externalsecrets_externalsecretsio


// SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
type ExternalSecretSpecSecretStoreRef struct {
	// Kind of the SecretStore resource (SecretStore or ClusterSecretStore) Defaults to `SecretStore`.
	// Default: SecretStore`.
	//
	Kind ExternalSecretSpecSecretStoreRefKind `field:"optional" json:"kind" yaml:"kind"`
	// Name of the SecretStore resource.
	Name *string `field:"optional" json:"name" yaml:"name"`
}

