package gateway_gatewaynetworkingk8sio


// Selector must be specified when From is set to "Selector".
//
// In that case,
// only ListenerSets in Namespaces matching this Selector will be selected by this
// Gateway. This field is ignored for other values of "From".
type GatewaySpecAllowedListenersNamespacesSelector struct {
	// matchExpressions is a list of label selector requirements.
	//
	// The requirements are ANDed.
	MatchExpressions *[]*GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions `field:"optional" json:"matchExpressions" yaml:"matchExpressions"`
	// matchLabels is a map of {key,value} pairs.
	//
	// A single {key,value} in the matchLabels
	// map is equivalent to an element of matchExpressions, whose key field is "key", the
	// operator is "In", and the values array contains only "value". The requirements are ANDed.
	MatchLabels *map[string]*string `field:"optional" json:"matchLabels" yaml:"matchLabels"`
}

