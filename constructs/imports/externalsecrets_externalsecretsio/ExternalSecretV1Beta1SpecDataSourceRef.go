package externalsecrets_externalsecretsio


// SourceRef allows you to override the source from which the value will be pulled.
type ExternalSecretV1Beta1SpecDataSourceRef struct {
	// GeneratorRef points to a generator custom resource.
	//
	// Deprecated: The generatorRef is not implemented in .data[].
	// this will be removed with v1.
	GeneratorRef *ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef `field:"optional" json:"generatorRef" yaml:"generatorRef"`
	// SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
	StoreRef *ExternalSecretV1Beta1SpecDataSourceRefStoreRef `field:"optional" json:"storeRef" yaml:"storeRef"`
}

