package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	cm "github.com/screenshot-algo/k8s/constructs/imports/certmanager_certmanagerio"
)

// ACMEIssuerProps describe a cert-manager Issuer that gets certificates from an ACME authority
// (Let's Encrypt), proving each host through an HTTP-01 challenge that the application's own
// front door routes to cert-manager's solver.
type ACMEIssuerProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the Issuer and the Certificates it signs. Required.
	Namespace string
	// Name is the short name; the Issuer is ObjectName(PartOf, Name). Required.
	Name string
	// Server is the ACME directory URL; Email the account's contact. Required.
	Server, Email string
	// Gateway and Listener, when set, answer the challenges through that Gateway's plain-HTTP
	// listener: cert-manager attaches an HTTPRoute for each challenge's exact path there.
	Gateway, Listener string
	// IngressClass, when Gateway is empty, answers them through an Ingress of that class.
	IngressClass string
}

// NewACMEIssuer builds the Issuer. The account key lives in a Secret of its own name, which
// cert-manager creates on first use.
func NewACMEIssuer(scope constructs.Construct, id string, props ACMEIssuerProps) cm.Issuer {
	name := ObjectName(props.PartOf, props.Name)
	http01 := &cm.IssuerSpecAcmeSolversHttp01{}
	if props.Gateway != "" {
		http01.GatewayHttpRoute = &cm.IssuerSpecAcmeSolversHttp01GatewayHttpRoute{ParentRefs: &[]*cm.IssuerSpecAcmeSolversHttp01GatewayHttpRouteParentRefs{{
			Group: jsii.String(GatewayAPIGroup), Kind: jsii.String("Gateway"), Name: jsii.String(props.Gateway), SectionName: jsii.String(props.Listener),
		}}}
	} else {
		http01.Ingress = &cm.IssuerSpecAcmeSolversHttp01Ingress{IngressClassName: jsii.String(props.IngressClass)}
	}
	return cm.NewIssuer(scope, jsii.String(id), &cm.IssuerProps{
		Metadata: Identity{PartOf: props.PartOf, Name: props.Name, Component: "certificate"}.APIMeta(name, props.Namespace),
		Spec: &cm.IssuerSpec{Acme: &cm.IssuerSpecAcme{
			Server: jsii.String(props.Server), Email: jsii.String(props.Email),
			PrivateKeySecretRef: &cm.IssuerSpecAcmePrivateKeySecretRef{Name: jsii.String(name + "-account")},
			Solvers:             &[]*cm.IssuerSpecAcmeSolvers{{Http01: http01}},
		}},
	})
}
