package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	istiosec "github.com/screenshot-algo/k8s/imports/istiosecurity_securityistioio"
)

// PeerAuthenticationProps describe the namespace's mutual TLS.
type PeerAuthenticationProps struct {
	// Namespace is the namespace whose workloads accept only mutual TLS. Required.
	Namespace string
}

// NewPeerAuthentication builds the namespace-wide "screenshot-algo" PeerAuthentication that makes
// every sidecar refuse plaintext: mutual TLS is STRICT.
func NewPeerAuthentication(scope constructs.Construct, id string, props PeerAuthenticationProps) istiosec.PeerAuthentication {
	return istiosec.NewPeerAuthentication(scope, jsii.String(id), &istiosec.PeerAuthenticationProps{
		Metadata: Identity{Name: "mesh", Component: "mesh"}.APIMeta(AppName, props.Namespace),
		Spec:     &istiosec.PeerAuthenticationSpec{Mtls: &istiosec.PeerAuthenticationSpecMtls{Mode: istiosec.PeerAuthenticationSpecMtlsMode_STRICT}},
	})
}
