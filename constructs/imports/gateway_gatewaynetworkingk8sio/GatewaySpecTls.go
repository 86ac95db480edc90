package gateway_gatewaynetworkingk8sio


// TLS specifies frontend and backend tls configuration for entire gateway.
//
// Support: Extended.
type GatewaySpecTls struct {
	// Backend describes TLS configuration for gateway when connecting to backends.
	//
	// Note that this contains only details for the Gateway as a TLS client,
	// and does _not_ imply behavior about how to choose which backend should
	// get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
	//
	// Support: Core.
	Backend *GatewaySpecTlsBackend `field:"optional" json:"backend" yaml:"backend"`
	// Frontend describes TLS config when client connects to Gateway.
	//
	// Support: Core.
	Frontend *GatewaySpecTlsFrontend `field:"optional" json:"frontend" yaml:"frontend"`
}

