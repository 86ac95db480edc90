package externalsecrets_externalsecretsio


// ExternalSecretSpec defines the desired state of ExternalSecret.
type ExternalSecretSpec struct {
	// Data defines the connection between the Kubernetes Secret keys and the Provider data.
	Data *[]*ExternalSecretSpecData `field:"optional" json:"data" yaml:"data"`
	// DataFrom is used to fetch all properties from a specific Provider data If multiple entries are specified, the Secret keys are merged in the specified order.
	DataFrom *[]*ExternalSecretSpecDataFrom `field:"optional" json:"dataFrom" yaml:"dataFrom"`
	// RefreshInterval is the amount of time before the values are read again from the SecretStore provider, specified as Golang Duration strings.
	//
	// Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h"
	// Example values: "1h0m0s", "2h30m0s", "10m0s"
	// May be set to "0s" to fetch and create it once. Defaults to 1h0m0s.
	// Default: 1h0m0s.
	//
	RefreshInterval *string `field:"optional" json:"refreshInterval" yaml:"refreshInterval"`
	// RefreshPolicy determines how the ExternalSecret should be refreshed: - CreatedOnce: Creates the Secret only if it does not exist and does not update it thereafter - Periodic: Synchronizes the Secret from the external source at regular intervals specified by refreshInterval.
	//
	// No periodic updates occur if refreshInterval is 0.
	// - OnChange: Only synchronizes the Secret when the ExternalSecret's metadata or specification changes.
	RefreshPolicy ExternalSecretSpecRefreshPolicy `field:"optional" json:"refreshPolicy" yaml:"refreshPolicy"`
	// SecretStoreRef defines which SecretStore to fetch the ExternalSecret data.
	SecretStoreRef *ExternalSecretSpecSecretStoreRef `field:"optional" json:"secretStoreRef" yaml:"secretStoreRef"`
	// ExternalSecretTarget defines the Kubernetes Secret to be created, there can be only one target per ExternalSecret.
	Target *ExternalSecretSpecTarget `field:"optional" json:"target" yaml:"target"`
}

