package gateway_gatewaynetworkingk8sio


// Namespaces indicates namespaces from which Routes may be attached to this Listener.
//
// This is restricted to the namespace of this Gateway by default.
//
// Support: Core.
type GatewayV1Beta1SpecListenersAllowedRoutesNamespaces struct {
	// From indicates where Routes will be selected for this Gateway. Possible values are:.
	//
	// * All: Routes in all namespaces may be used by this Gateway.
	// * Selector: Routes in namespaces selected by the selector may be used by
	// this Gateway.
	// * Same: Only Routes in the same namespace may be used by this Gateway.
	//
	// Support: Core.
	From GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom `field:"optional" json:"from" yaml:"from"`
	// Selector must be specified when From is set to "Selector".
	//
	// In that case,
	// only Routes in Namespaces matching this Selector will be selected by this
	// Gateway. This field is ignored for other values of "From".
	//
	// Support: Core.
	Selector *GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector `field:"optional" json:"selector" yaml:"selector"`
}

