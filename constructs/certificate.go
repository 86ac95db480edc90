package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	cm "github.com/screenshot-algo/k8s/constructs/imports/certmanager_certmanagerio"
)

// CertificateProps describe one TLS certificate that cert-manager issues and renews into a
// Secret.
type CertificateProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the Certificate and its Secret. Required.
	Namespace string
	// SecretName is the Secret cert-manager writes, and the Ingresses name. Exactly one
	// Certificate may write a Secret: two would overwrite each other's keys on every renewal.
	// Required.
	SecretName string
	// Hosts are the certificate's DNS names. Required.
	Hosts []string
	// Issuer names the ClusterIssuer that signs it. Required.
	Issuer string
	// NamespacedIssuer says Issuer is an Issuer of Namespace instead, such as the
	// application's own ACME Issuer.
	NamespacedIssuer bool
}

// NewCertificate builds a Certificate named for its Secret, with an ECDSA P-256 key that is
// replaced on every renewal, so that a leaked key is only good until the next one.
func NewCertificate(scope constructs.Construct, id string, props CertificateProps) cm.Certificate {
	kind := "ClusterIssuer"
	if props.NamespacedIssuer {
		kind = "Issuer"
	}
	return cm.NewCertificate(scope, jsii.String(id), &cm.CertificateProps{
		Metadata: Identity{PartOf: props.PartOf, Name: "tls", Component: "certificate"}.APIMeta(props.SecretName, props.Namespace),
		Spec: &cm.CertificateSpec{
			SecretName: jsii.String(props.SecretName),
			DnsNames:   jsii.Strings(props.Hosts...),
			IssuerRef:  &cm.CertificateSpecIssuerRef{Name: jsii.String(props.Issuer), Kind: jsii.String(kind), Group: jsii.String("cert-manager.io")},
			PrivateKey: &cm.CertificateSpecPrivateKey{
				Algorithm:      cm.CertificateSpecPrivateKeyAlgorithm_ECDSA,
				Size:           jsii.Number(256),
				RotationPolicy: cm.CertificateSpecPrivateKeyRotationPolicy_ALWAYS,
			},
		},
	})
}
