package externalsecrets_externalsecretsio


// SourceRef allows you to override the source from which the value will be pulled.
type ExternalSecretSpecDataSourceRef struct {
	// GeneratorRef points to a generator custom resource.
	//
	// Deprecated: The generatorRef is not implemented in .data[].
	// this will be removed with v1.
	GeneratorRef *ExternalSecretSpecDataSourceRefGeneratorRef `field:"optional" json:"generatorRef" yaml:"generatorRef"`
	// SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
	StoreRef *ExternalSecretSpecDataSourceRefStoreRef `field:"optional" json:"storeRef" yaml:"storeRef"`
}

