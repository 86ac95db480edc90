package gateway_gatewaynetworkingk8sio


// RouteGroupKind indicates the group and kind of a Route resource.
type GatewaySpecListenersAllowedRoutesKinds struct {
	// Kind is the kind of the Route.
	Kind *string `field:"required" json:"kind" yaml:"kind"`
	// Group is the group of the Route.
	Group *string `field:"optional" json:"group" yaml:"group"`
}

