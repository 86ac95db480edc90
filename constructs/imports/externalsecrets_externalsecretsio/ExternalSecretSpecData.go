package externalsecrets_externalsecretsio


// ExternalSecretData defines the connection between the Kubernetes Secret key (spec.data.<key>) and the Provider data.
type ExternalSecretSpecData struct {
	// RemoteRef points to the remote secret and defines which secret (version/property/..) to fetch.
	RemoteRef *ExternalSecretSpecDataRemoteRef `field:"required" json:"remoteRef" yaml:"remoteRef"`
	// The key in the Kubernetes Secret to store the value.
	SecretKey *string `field:"required" json:"secretKey" yaml:"secretKey"`
	// SourceRef allows you to override the source from which the value will be pulled.
	SourceRef *ExternalSecretSpecDataSourceRef `field:"optional" json:"sourceRef" yaml:"sourceRef"`
}

