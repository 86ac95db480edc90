package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	gw "github.com/screenshot-algo/k8s/constructs/imports/gateway_gatewaynetworkingk8sio"
)

// GatewayAPIGroup is Gateway API's group, the parent group of every route.
const GatewayAPIGroup = "gateway.networking.k8s.io"

// Listener is one port and host of a Gateway.
type Listener struct {
	// Name is what routes attach to (their parentRef's sectionName). Required.
	Name string
	// Port is the controller's entry point that serves it. Required.
	Port int32
	// Hostname is the only host the listener accepts routes and requests for. Required: a
	// listener for every host would serve a route for any host an attached route names.
	Hostname string
	// TLSSecretName, when set, makes the listener HTTPS, terminating TLS with the certificate
	// in that Secret of the Gateway's namespace; empty means plain HTTP.
	TLSSecretName string
}

// GatewayProps describe a Gateway of the application's own.
type GatewayProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the Gateway; only routes of the same namespace may attach. Required.
	Namespace string
	// Name is the short name; the Gateway is ObjectName(PartOf, Name). Required.
	Name string
	// ClassName is the GatewayClass, which the controller's installation provides. Required.
	ClassName string
	// Listeners are the ports and hosts it serves. Required.
	Listeners []Listener
}

// NewGateway builds a Gateway whose listeners each accept HTTPRoutes of its own namespace
// only: no other application's route can take its hosts, and no ReferenceGrant is needed for
// its certificates, which live beside it.
func NewGateway(scope constructs.Construct, id string, props GatewayProps) gw.Gateway {
	listeners := make([]*gw.GatewaySpecListeners, 0, len(props.Listeners))
	for _, l := range props.Listeners {
		listener := &gw.GatewaySpecListeners{
			Name: jsii.String(l.Name), Port: num(l.Port), Protocol: jsii.String("HTTP"), Hostname: jsii.String(l.Hostname),
			AllowedRoutes: &gw.GatewaySpecListenersAllowedRoutes{
				Namespaces: &gw.GatewaySpecListenersAllowedRoutesNamespaces{From: gw.GatewaySpecListenersAllowedRoutesNamespacesFrom_SAME},
				Kinds:      &[]*gw.GatewaySpecListenersAllowedRoutesKinds{{Group: jsii.String(GatewayAPIGroup), Kind: jsii.String("HTTPRoute")}},
			},
		}
		if l.TLSSecretName != "" {
			listener.Protocol = jsii.String("HTTPS")
			listener.Tls = &gw.GatewaySpecListenersTls{
				Mode:            gw.GatewaySpecListenersTlsMode_TERMINATE,
				CertificateRefs: &[]*gw.GatewaySpecListenersTlsCertificateRefs{{Group: jsii.String(""), Kind: jsii.String("Secret"), Name: jsii.String(l.TLSSecretName)}},
			}
		}
		listeners = append(listeners, listener)
	}
	return gw.NewGateway(scope, jsii.String(id), &gw.GatewayProps{
		Metadata: Identity{PartOf: props.PartOf, Name: props.Name, Component: "gateway"}.APIMeta(ObjectName(props.PartOf, props.Name), props.Namespace),
		Spec:     &gw.GatewaySpec{GatewayClassName: jsii.String(props.ClassName), Listeners: &listeners},
	})
}
