package externalsecrets_externalsecretsio


// ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.
type ExternalSecretSpecTarget struct {
	// CreationPolicy defines rules on how to create the resulting Secret.
	//
	// Defaults to "Owner".
	// Default: Owner".
	//
	CreationPolicy ExternalSecretSpecTargetCreationPolicy `field:"optional" json:"creationPolicy" yaml:"creationPolicy"`
	// DeletionPolicy defines rules on how to delete the resulting Secret.
	//
	// Defaults to "Retain".
	// Default: Retain".
	//
	DeletionPolicy ExternalSecretSpecTargetDeletionPolicy `field:"optional" json:"deletionPolicy" yaml:"deletionPolicy"`
	// Immutable defines if the final secret will be immutable.
	Immutable *bool `field:"optional" json:"immutable" yaml:"immutable"`
	// Manifest defines a custom Kubernetes resource to create instead of a Secret.
	//
	// When specified, ExternalSecret will create the resource type defined here
	// (e.g., ConfigMap, Custom Resource) instead of a Secret.
	// Warning: Using Generic target. Make sure access policies and encryption are properly configured.
	Manifest *ExternalSecretSpecTargetManifest `field:"optional" json:"manifest" yaml:"manifest"`
	// The name of the Secret resource to be managed.
	//
	// Defaults to the .metadata.name of the ExternalSecret resource
	// Default: the .metadata.name of the ExternalSecret resource
	//
	Name *string `field:"optional" json:"name" yaml:"name"`
	// Template defines a blueprint for the created Secret resource.
	Template *ExternalSecretSpecTargetTemplate `field:"optional" json:"template" yaml:"template"`
}

