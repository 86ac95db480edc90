package constructs

import (
	"cmp"

	"strconv"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	istiosec "github.com/screenshot-algo/k8s/constructs/imports/istiosecurity_securityistioio"
)

// PeerAuthenticationProps describe mutual TLS for the namespace, or for one tier's pods.
type PeerAuthenticationProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace is the namespace whose workloads accept only mutual TLS. Required.
	Namespace string
	// Identity, when set, narrows the policy to one tier's pods and names it after the tier;
	// otherwise it is the namespace-wide policy, named after the app (PartOf).
	Identity *Identity
	// PermissivePorts are container ports of the tier that also accept plaintext, e.g. the
	// metrics port that Prometheus, outside the mesh, scrapes. Only with Identity: Istio reads
	// port-level settings only from a policy with a workload selector.
	PermissivePorts []int32
}

// NewPeerAuthentication builds a PeerAuthentication that makes sidecars refuse plaintext: mutual
// TLS is STRICT, except on PermissivePorts.
func NewPeerAuthentication(scope constructs.Construct, id string, props PeerAuthenticationProps) istiosec.PeerAuthentication {
	spec := &istiosec.PeerAuthenticationSpec{Mtls: &istiosec.PeerAuthenticationSpecMtls{Mode: istiosec.PeerAuthenticationSpecMtlsMode_STRICT}}
	meta := Identity{PartOf: props.PartOf, Name: "mesh", Component: "mesh"}.APIMeta(cmp.Or(props.PartOf, "mesh"), props.Namespace)
	if ident := props.Identity; ident != nil {
		meta = ident.APIMeta(ident.ObjectName(), props.Namespace)
		spec.Selector = &istiosec.PeerAuthenticationSpecSelector{MatchLabels: StringMap(ident.SelectorLabels())}
	}
	if len(props.PermissivePorts) > 0 {
		ports := map[string]*istiosec.PeerAuthenticationSpecPortLevelMtls{}
		for _, p := range props.PermissivePorts {
			ports[strconv.Itoa(int(p))] = &istiosec.PeerAuthenticationSpecPortLevelMtls{Mode: istiosec.PeerAuthenticationSpecPortLevelMtlsMode_PERMISSIVE}
		}
		spec.PortLevelMtls = &ports
	}
	return istiosec.NewPeerAuthentication(scope, jsii.String(id), &istiosec.PeerAuthenticationProps{Metadata: meta, Spec: spec})
}
