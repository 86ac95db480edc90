package externalsecrets_externalsecretsio


// ExternalSecretDataFromRemoteRef defines the connection between the Kubernetes Secret keys and the Provider data when using DataFrom to fetch multiple values from a Provider.
type ExternalSecretSpecDataFrom struct {
	// Used to extract multiple key/value pairs from one secret Note: Extract does not support sourceRef.Generator or sourceRef.GeneratorRef.
	Extract *ExternalSecretSpecDataFromExtract `field:"optional" json:"extract" yaml:"extract"`
	// Used to find secrets based on tags or regular expressions Note: Find does not support sourceRef.Generator or sourceRef.GeneratorRef.
	Find *ExternalSecretSpecDataFromFind `field:"optional" json:"find" yaml:"find"`
	// Used to rewrite secret Keys after getting them from the secret Provider Multiple Rewrite operations can be provided.
	//
	// They are applied in a layered order (first to last).
	Rewrite *[]*ExternalSecretSpecDataFromRewrite `field:"optional" json:"rewrite" yaml:"rewrite"`
	// SourceRef points to a store or generator which contains secret values ready to use.
	//
	// Use this in combination with Extract or Find pull values out of
	// a specific SecretStore.
	// When sourceRef points to a generator Extract or Find is not supported.
	// The generator returns a static map of values.
	SourceRef *ExternalSecretSpecDataFromSourceRef `field:"optional" json:"sourceRef" yaml:"sourceRef"`
}

