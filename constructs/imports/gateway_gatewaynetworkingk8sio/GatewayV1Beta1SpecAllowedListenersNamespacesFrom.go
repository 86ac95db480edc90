package gateway_gatewaynetworkingk8sio


// From indicates where ListenerSets can attach to this Gateway. Possible values are:.
//
// * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
// * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
// * All: ListenerSets in all namespaces may be attached to this Gateway.
// * None: Only listeners defined in the Gateway's spec are allowed
//
// The default value None.
type GatewayV1Beta1SpecAllowedListenersNamespacesFrom string

const (
	// All.
	GatewayV1Beta1SpecAllowedListenersNamespacesFrom_ALL GatewayV1Beta1SpecAllowedListenersNamespacesFrom = "ALL"
	// Selector.
	GatewayV1Beta1SpecAllowedListenersNamespacesFrom_SELECTOR GatewayV1Beta1SpecAllowedListenersNamespacesFrom = "SELECTOR"
	// Same.
	GatewayV1Beta1SpecAllowedListenersNamespacesFrom_SAME GatewayV1Beta1SpecAllowedListenersNamespacesFrom = "SAME"
	// None.
	GatewayV1Beta1SpecAllowedListenersNamespacesFrom_NONE GatewayV1Beta1SpecAllowedListenersNamespacesFrom = "NONE"
)

