package constructs

import (
	"cmp"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// WebServiceProps describe an HTTP tier reachable inside the cluster, and from outside through
// its Ingresses.
type WebServiceProps struct {
	WorkloadProps
	// ServicePort is the port the ClusterIP Service listens on. Zero means 80.
	ServicePort int32
	// Ingress, when set, routes a public host's path to the tier's Service.
	Ingress *WebIngress
	// PreviewIngress, when set on a tier a Rollout releases, routes another host's path to its
	// preview Service, so that people can try a release before it takes traffic.
	PreviewIngress *WebIngress
}

// WebIngress is one route from a host to a tier.
type WebIngress struct {
	// Host and Path are what is routed: a Prefix path on the host. Required.
	Host, Path string
	// TLSSecretName holds the certificate for Host. Required.
	TLSSecretName string
}

// WebService is an HTTP tier: its Workload, a ClusterIP Service in front of it, and the preview
// Service and Ingresses it was asked for. Other code refers to them through these fields.
type WebService struct {
	*Workload
	// Service is the tier's ClusterIP Service, named like the workload.
	Service k8s.KubeService
	// ServiceName is Service's name.
	ServiceName string
	// PreviewService reaches the version a Rollout is releasing: a blue-green release's
	// preview, a canary's canary. Between releases it reaches the live version. Empty for a
	// Deployment.
	PreviewService string
	// ServicePort is the port both Services listen on.
	ServicePort int32
	// Ingress is the name of the public Ingress; empty without WebServiceProps.Ingress.
	Ingress string
}

// NewWebService builds the tier's Workload and a ClusterIP Service whose selector is the pods'
// selector labels and whose target is the container port by name, so a port change in the
// container cannot leave the Service pointing at nothing. A tier released by a Rollout also gets
// a preview Service, for the version being released: a blue-green release's preview Service
// and a canary's canary Service alike. The Rollout narrows both Services to their pods in every
// strategy, so switching strategies neither adds nor removes an object, and no Service ever
// sends users to old and new versions at once.
//
// The release strategy names none of these objects: the web service fills in its own Services,
// Ingress and, in the mesh, the VirtualService it builds for a canary to reweight.
func NewWebService(scope constructs.Construct, id string, props WebServiceProps) *WebService {
	name := props.Identity.ObjectName()
	preview := name + "-preview"
	port := cmp.Or(props.ServicePort, 80)
	ingress := ""
	if props.Ingress != nil {
		ingress = name
	}
	wp := props.WorkloadProps
	if bg := wp.BlueGreen; bg != nil {
		filled := *bg
		filled.ActiveService, filled.PreviewService = cmp.Or(bg.ActiveService, name), cmp.Or(bg.PreviewService, preview)
		wp.BlueGreen = &filled
	}
	if cn := wp.Canary; cn != nil {
		filled := *cn
		filled.StableService, filled.CanaryService = cmp.Or(cn.StableService, name), cmp.Or(cn.CanaryService, preview)
		if wp.Mesh {
			filled.VirtualService, filled.Route = cmp.Or(cn.VirtualService, name), cmp.Or(cn.Route, CanaryRoute)
		} else {
			filled.StableIngress = cmp.Or(cn.StableIngress, ingress)
		}
		wp.Canary = &filled
	}
	w := NewWorkload(scope, id, wp)
	ws := &WebService{Workload: w, ServiceName: name, ServicePort: port, Ingress: ingress}

	service := func(id, name string) k8s.KubeService {
		svc := k8s.NewKubeService(w.Construct, jsii.String(id), &k8s.KubeServiceProps{
			Metadata: props.Identity.Meta(name, props.Namespace),
			Spec: &k8s.ServiceSpec{
				Type:     jsii.String("ClusterIP"),
				Selector: StringMap(props.Identity.SelectorLabels()),
				Ports: &[]*k8s.ServicePort{{
					Name: jsii.String("http"), Port: num(port), Protocol: jsii.String("TCP"),
					TargetPort: intOrString("http"),
				}},
			},
		})
		if props.Mesh {
			NewDestinationRule(w.Construct, id+"DestinationRule", DestinationRuleProps{Namespace: props.Namespace, Identity: props.Identity, Service: name})
		}
		return svc
	}
	ws.Service = service("Service", name)
	if w.Target.Kind == RolloutKind {
		ws.PreviewService = preview
		service("PreviewService", preview)
		if props.Mesh {
			NewVirtualService(w.Construct, "VirtualService", VirtualServiceProps{
				Namespace: props.Namespace, Identity: props.Identity, StableService: name, CanaryService: preview, Port: port,
			})
		}
	}
	if props.Ingress != nil {
		ws.route(props, "Ingress", props.Identity.Name, name, *props.Ingress)
	}
	if props.PreviewIngress != nil && ws.PreviewService != "" {
		ws.route(props, "PreviewIngress", props.Identity.Name+"-preview", preview, *props.PreviewIngress)
	}
	return ws
}

// route builds an Ingress of the tier, ObjectName(short), to one of its Services. In the mesh, nginx
// sends to the Service's cluster address, with the Service's own name as Host, instead of to
// the pods directly: only then do the mesh's routes, and so a canary's weights, apply to
// public traffic.
func (ws *WebService) route(props WebServiceProps, id, short, service string, r WebIngress) {
	var annotations map[string]string
	if props.Mesh {
		annotations = map[string]string{
			"nginx.ingress.kubernetes.io/service-upstream": "true",
			"nginx.ingress.kubernetes.io/upstream-vhost":   ServiceHost(service, props.Namespace),
		}
	}
	NewIngress(ws.Construct, id, IngressProps{
		Namespace: props.Namespace, PartOf: props.Identity.PartOf, Name: short, Host: r.Host, TLSSecretName: r.TLSSecretName, Annotations: annotations,
		Routes: []IngressRoute{{Path: r.Path, Service: service, Port: "http"}},
	})
}
