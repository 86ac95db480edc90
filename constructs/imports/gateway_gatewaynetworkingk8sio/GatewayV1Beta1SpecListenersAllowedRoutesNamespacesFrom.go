package gateway_gatewaynetworkingk8sio


// From indicates where Routes will be selected for this Gateway. Possible values are:.
//
// * All: Routes in all namespaces may be used by this Gateway.
// * Selector: Routes in namespaces selected by the selector may be used by
// this Gateway.
// * Same: Only Routes in the same namespace may be used by this Gateway.
//
// Support: Core.
type GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom string

const (
	// All.
	GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom_ALL GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = "ALL"
	// Selector.
	GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom_SELECTOR GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = "SELECTOR"
	// Same.
	GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom_SAME GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom = "SAME"
)

