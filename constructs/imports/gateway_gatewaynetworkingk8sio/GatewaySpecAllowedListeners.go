package gateway_gatewaynetworkingk8sio


// AllowedListeners defines which ListenerSets can be attached to this Gateway.
//
// The default value is to allow no ListenerSets.
type GatewaySpecAllowedListeners struct {
	// Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
	//
	// The default value is to allow no ListenerSets.
	Namespaces *GatewaySpecAllowedListenersNamespaces `field:"optional" json:"namespaces" yaml:"namespaces"`
}

