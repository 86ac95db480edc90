package constructs

import (
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// DevelopmentSecretProps describe a Secret whose values are fixed and public.
type DevelopmentSecretProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the Secret. Required.
	Namespace string
	// Name is the Secret's short name; the Secret is ObjectName(PartOf, Name). Required.
	Name string
	// Data are the keys and their development values. Required.
	Data map[string]string
}

// DevelopmentOnlyAnnotation marks a Secret whose values are in git and must never guard real data.
const DevelopmentOnlyAnnotation = "screenshot-algo.io/development-only"

// NewDevelopmentSecret builds a Secret with literal, publicly known values for a laptop cluster.
// It is annotated as such, and validation refuses it in any protected environment; there the
// Secret of the same name is provisioned outside this program and only referenced.
func NewDevelopmentSecret(scope constructs.Construct, id string, props DevelopmentSecretProps) k8s.KubeSecret {
	meta := Identity{PartOf: props.PartOf, Name: props.Name, Component: "credentials"}.Meta(ObjectName(props.PartOf, props.Name), props.Namespace)
	meta.Annotations = StringMap(map[string]string{DevelopmentOnlyAnnotation: "true: these values are public, never use them for real data"})
	return k8s.NewKubeSecret(scope, jsii.String(id), &k8s.KubeSecretProps{
		Metadata:   meta,
		Type:       jsii.String("Opaque"),
		StringData: StringMap(props.Data),
	})
}
