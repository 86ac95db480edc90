package externalsecrets_externalsecretsio


// GeneratorRef points to a generator custom resource.
//
// Deprecated: The generatorRef is not implemented in .data[].
// this will be removed with v1.
type ExternalSecretSpecDataSourceRefGeneratorRef struct {
	// Specify the Kind of the generator resource.
	Kind ExternalSecretSpecDataSourceRefGeneratorRefKind `field:"required" json:"kind" yaml:"kind"`
	// Specify the name of the generator resource.
	Name *string `field:"required" json:"name" yaml:"name"`
	// Specify the apiVersion of the generator resource.
	ApiVersion *string `field:"optional" json:"apiVersion" yaml:"apiVersion"`
}

