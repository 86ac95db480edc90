package constructs

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
	"github.com/cdk8s-team/cdk8s-plus-go/cdk8splus28/v2/k8s"
)

// WebServiceProps describe an HTTP tier reachable inside the cluster, and from outside through
// its Ingresses.
type WebServiceProps struct {
	WorkloadProps
	// ServicePort is the port the ClusterIP Service listens on. Zero means the container's Port:
	// a policy engine that filters before the Service's address translation (the EKS VPC CNI's)
	// sees the Service's port, and a NetworkPolicy names the container's.
	ServicePort int32
	// Ingresses route a public host's path to the tier: one per front door that serves it, so
	// usually one; two while a cluster moves from one ingress controller to another.
	Ingresses []WebIngress
	// PreviewIngresses, on a tier a Rollout releases, route another host's path to its
	// preview Service, so that people can try a release before it takes traffic; one per front
	// door, as Ingresses.
	PreviewIngresses []WebIngress
}

// WebIngress is one route from a host to a tier: an HTTPRoute on a Gateway's listener, or a
// legacy Ingress.
type WebIngress struct {
	// Host and Path are what is routed: a Prefix path on the host. Required.
	Host, Path string
	// Gateway and Listener, when set, route through Gateway API: an HTTPRoute of the tier
	// attached to that listener of that Gateway (its full name), which terminates TLS itself.
	Gateway, Listener string
	// IngressClass and TLSSecretName make a legacy Ingress instead, when Gateway is empty: its
	// class (empty means "nginx") and the Secret holding Host's certificate (required).
	IngressClass, TLSSecretName string
	// RequestTimeoutSeconds bounds one request, so that none outlasts the pods' drain: the
	// HTTPRoute's timeouts.request, or a legacy Ingress's nginx proxy timeouts; zero means the
	// controller's default (nginx's 60s). Traefik 3.6 does not read an HTTPRoute's timeouts:
	// its entry points' respondingTimeouts bound a request there (env.FrontDoor).
	RequestTimeoutSeconds int64
	// Middlewares are Traefik Middlewares of the namespace applied to an HTTPRoute's requests.
	Middlewares []string
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
	// Ingress is the name of the public Ingresses and HTTPRoutes; empty without
	// WebServiceProps.Ingresses.
	Ingress string
	// TraefikService is the weighted TraefikService a Rollout reweights, when the tier is
	// routed through Gateway API on Traefik outside the mesh; empty otherwise.
	TraefikService string
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
// and what a canary reweights: its weighted TraefikService (Gateway API), its Ingress (legacy
// nginx) or, in the mesh, its VirtualService. Every Rollout tier routes through that object
// whatever its strategy, so that a switch between blue-green and canary changes the Rollout
// alone; a blue-green release leaves its weights at 100 to the active Service.
func NewWebService(scope constructs.Construct, id string, props WebServiceProps) *WebService {
	name := props.Identity.ObjectName()
	preview := name + "-preview"
	port := cmp.Or(props.ServicePort, props.Port)
	ingress := ""
	if len(props.Ingresses) > 0 {
		ingress = name
	}
	// Which kinds of front door route to the tier: Gateway API, and legacy Ingresses.
	gatewayAPI := slices.ContainsFunc(props.Ingresses, func(r WebIngress) bool { return r.Gateway != "" })
	legacy := slices.ContainsFunc(props.Ingresses, func(r WebIngress) bool { return r.Gateway == "" })
	wp := props.WorkloadProps
	if bg := wp.BlueGreen; bg != nil {
		filled := *bg
		filled.ActiveService, filled.PreviewService = cmp.Or(bg.ActiveService, name), cmp.Or(bg.PreviewService, preview)
		wp.BlueGreen = &filled
	}
	if cn := wp.Canary; cn != nil {
		filled := *cn
		filled.StableService, filled.CanaryService = cmp.Or(cn.StableService, name), cmp.Or(cn.CanaryService, preview)
		// Every front door reweights the canary alike, so that users see the same share
		// whichever one DNS sends them to while a cluster moves between them.
		switch {
		case wp.Mesh:
			filled.VirtualService, filled.Route = cmp.Or(cn.VirtualService, name), cmp.Or(cn.Route, CanaryRoute)
		default:
			if gatewayAPI {
				filled.TraefikService = cmp.Or(cn.TraefikService, name)
			}
			if legacy || !gatewayAPI {
				filled.StableIngress = cmp.Or(cn.StableIngress, ingress)
			}
		}
		wp.Canary = &filled
	}
	w := NewWorkload(scope, id, wp)
	ws := &WebService{Workload: w, ServiceName: name, ServicePort: port, Ingress: ingress}

	service := func(id, name string) k8s.KubeService {
		meta := props.Identity.Meta(name, props.Namespace)
		if props.Mesh && gatewayAPI {
			// Traefik then sends to the Service's cluster address, as nginx's service-upstream
			// did: only then do the mesh's routes, and so a canary's weights, apply.
			meta.Annotations = StringMap(map[string]string{"traefik.io/service.nativelb": "true"})
		}
		svc := k8s.NewKubeService(w.Construct, jsii.String(id), &k8s.KubeServiceProps{
			Metadata: meta,
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
	public := Backend{Name: name, Port: port}
	if w.Target.Kind == RolloutKind {
		ws.PreviewService = preview
		service("PreviewService", preview)
		switch {
		case props.Mesh:
			NewVirtualService(w.Construct, "VirtualService", VirtualServiceProps{
				Namespace: props.Namespace, Identity: props.Identity, StableService: name, CanaryService: preview, Port: port,
			})
		case gatewayAPI:
			ws.TraefikService = name
			NewWeightedTraefikService(w.Construct, "TraefikService", WeightedTraefikServiceProps{
				Namespace: props.Namespace, Identity: props.Identity, StableService: name, CanaryService: preview, Port: port,
			})
			public = Backend{Name: name, TraefikService: true}
		}
	}
	for _, r := range props.Ingresses {
		ws.route(props, "", props.Identity.Name, public, r)
	}
	if ws.PreviewService != "" {
		for _, r := range props.PreviewIngresses {
			ws.route(props, "Preview", props.Identity.Name+"-preview", Backend{Name: preview, Port: port}, r)
		}
	}
	return ws
}

// route builds the tier's route ObjectName(short) to backend: an HTTPRoute on the Gateway
// listener r names, or else a legacy Ingress, whose construct ids start with prefix. In the
// mesh, nginx sends to the Service's cluster address, with the Service's own name as Host,
// instead of to the pods directly: only then do the mesh's routes, and so a canary's weights,
// apply to public traffic.
func (ws *WebService) route(props WebServiceProps, prefix, short string, backend Backend, r WebIngress) {
	if r.Gateway != "" {
		NewHTTPRoute(ws.Construct, prefix+"HTTPRoute", HTTPRouteProps{
			PartOf: props.Identity.PartOf, Namespace: props.Namespace, Name: short, Gateway: r.Gateway, Listener: r.Listener,
			Host: r.Host, Path: r.Path, Backend: backend, Middlewares: r.Middlewares, RequestTimeoutSeconds: r.RequestTimeoutSeconds,
		})
		return
	}
	annotations := map[string]string{}
	if r.RequestTimeoutSeconds > 0 {
		timeout := fmt.Sprint(r.RequestTimeoutSeconds)
		annotations["nginx.ingress.kubernetes.io/proxy-read-timeout"] = timeout
		annotations["nginx.ingress.kubernetes.io/proxy-send-timeout"] = timeout
	}
	if props.Mesh {
		annotations["nginx.ingress.kubernetes.io/service-upstream"] = "true"
		annotations["nginx.ingress.kubernetes.io/upstream-vhost"] = ServiceHost(backend.Name, props.Namespace)
	}
	NewIngress(ws.Construct, prefix+"Ingress", IngressProps{
		Namespace: props.Namespace, PartOf: props.Identity.PartOf, Name: short, ClassName: r.IngressClass, Host: r.Host, TLSSecretName: r.TLSSecretName, Annotations: annotations,
		Routes: []IngressRoute{{Path: r.Path, Service: backend.Name, Port: "http"}},
	})
}
