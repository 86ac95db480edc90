package constructs

import (
	"cmp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// IngressRoute sends a path prefix to a Service's port.
type IngressRoute struct {
	// Path is the URL path prefix, e.g. "/api".
	Path string
	// Service and Port name the backend; Port is the Service port's name.
	Service string
	Port    string
}

// IngressProps describe a public entry point.
type IngressProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the Ingress. Required.
	Namespace string
	// Name is the short name; the Ingress is ObjectName(PartOf, Name). Empty means the app's name alone.
	Name string
	// ClassName is the IngressClass. Empty means "nginx", the ADR's controller.
	ClassName string
	// Host is the public DNS name. Required.
	Host string
	// TLSSecretName holds the certificate for Host. Required: the app is never served over
	// plain HTTP.
	TLSSecretName string
	// Routes map path prefixes to Services. The most specific path wins in nginx, so order
	// does not matter.
	Routes []IngressRoute
	// Annotations configure the ingress controller, e.g. to route through a Service's cluster
	// address (nginx.ingress.kubernetes.io/service-upstream) inside a mesh.
	Annotations map[string]string
}

// NewIngress builds an Ingress: TLS for Host, and one Prefix path per route. Ingresses of the
// same host and class are merged by ingress-nginx, so each tier can have its own, which is what
// an nginx canary needs: Argo Rollouts copies the tier's Ingress and reweights the copy.
func NewIngress(scope constructs.Construct, id string, props IngressProps) k8s.KubeIngress {
	class := cmp.Or(props.ClassName, "nginx")
	name := cmp.Or(props.PartOf, "ingress")
	if props.Name != "" {
		name = ObjectName(props.PartOf, props.Name)
	}
	paths := make([]*k8s.HttpIngressPath, 0, len(props.Routes))
	for _, r := range props.Routes {
		paths = append(paths, &k8s.HttpIngressPath{
			Path:     jsii.String(r.Path),
			PathType: jsii.String("Prefix"),
			Backend: &k8s.IngressBackend{Service: &k8s.IngressServiceBackend{
				Name: jsii.String(r.Service), Port: &k8s.ServiceBackendPort{Name: jsii.String(r.Port)},
			}},
		})
	}
	meta := Identity{PartOf: props.PartOf, Name: cmp.Or(props.Name, "ingress"), Component: "ingress"}.Meta(name, props.Namespace)
	meta.Annotations = optionalStringMap(props.Annotations)
	return k8s.NewKubeIngress(scope, jsii.String(id), &k8s.KubeIngressProps{
		Metadata: meta,
		Spec: &k8s.IngressSpec{
			IngressClassName: jsii.String(class),
			Tls:              &[]*k8s.IngressTls{{Hosts: jsii.Strings(props.Host), SecretName: jsii.String(props.TLSSecretName)}},
			Rules: &[]*k8s.IngressRule{{
				Host: jsii.String(props.Host),
				Http: &k8s.HttpIngressRuleValue{Paths: &paths},
			}},
		},
	})
}
