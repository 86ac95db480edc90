package env

import (
	"github.com/screenshot-algo/k8s/constructs"
)

// Controller is the ingress controller that brings outside traffic to the app: what the output's
// routes are written for, and what its canaries are reweighted through.
type Controller string

const (
	// Traefik serves Gateway API: the output's Gateways and HTTPRoutes, with canaries sent
	// through a weighted TraefikService that Argo Rollouts' traefik router reweights. The
	// default: Gateway API is the maintained successor of Ingress, and Traefik implements it
	// and the weights Argo Rollouts needs without a plugin.
	Traefik Controller = "traefik"
	// IngressNginx is the legacy ingress-nginx, for a cluster that still runs it while it moves.
	// SIG Network retired the project (archived 2026-03-24): it gets no releases and no
	// security fixes, so no environment should stay on it.
	IngressNginx Controller = "ingress-nginx"
)

// The front door's objects, by short name (each is env.ObjectName of it).
const (
	// PublicGateway serves Ingress.Host: plain HTTP, which only redirects (and answers ACME
	// challenges), and HTTPS on the controller's public entry points.
	PublicGateway = "public"
	// InternalGateway serves Ingress.PreviewHost, on the controller's internal entry point
	// only: the preview runs an unpromoted version with production's credentials.
	InternalGateway = "internal"
	// The listeners: HTTPListener and HTTPSListener of PublicGateway, PreviewListener of
	// InternalGateway.
	HTTPListener    = "http"
	HTTPSListener   = "https"
	PreviewListener = "preview"
	// RedirectRoute sends every plain-HTTP request to HTTPS.
	RedirectRoute = "https-redirect"
	// BodyLimit is the Middleware holding request bodies to env.MaxRequestBodyBytes.
	BodyLimit = "body-limit"
	// ACMEIssuer is the Issuer of the public host's certificate, when Ingress.ACME is set.
	ACMEIssuer = "acme"
)

// Controllers lists every controller, the default first.
var Controllers = []Controller{Traefik, IngressNginx}

// FrontDoor is what the output needs to know of a controller's installation in the cluster.
// The installation itself (its Deployment and load balancers) is the platform's; docs/cluster.md
// says how it must be set up.
type FrontDoor struct {
	// Controller is the controller these settings describe.
	Controller Controller
	// Namespace runs the controller: the only source of outside traffic that the NetworkPolicies
	// admit.
	Namespace string
	// GatewayClass is the GatewayClass the controller serves (Gateway API controllers).
	GatewayClass string
	// IngressClass and PreviewIngressClass are the IngressClasses of the internet-facing and of
	// the internal controller (ingress-nginx): the preview host must be served by the second
	// only.
	IngressClass, PreviewIngressClass string
	// HTTPPort, HTTPSPort and PreviewPort are the controller's entry points, by port, that the
	// Gateways' listeners bind to (Traefik attaches a listener to the entryPoint of the same
	// port). The public load balancer forwards 80 and 443 to the first two; only the internal
	// load balancer reaches PreviewPort, so a preview route exists on no address the internet
	// can reach.
	HTTPPort, HTTPSPort, PreviewPort int32
	// RequestTimeoutSeconds is the longest a request through the controller may last: on
	// Traefik its entry points' respondingTimeouts.writeTimeout, set by its installation (Traefik
	// 3.6 ignores an HTTPRoute's timeouts); on ingress-nginx the proxy timeouts that the output
	// sets on each Ingress. A public tier's drain covers it, so no request the front door still
	// waits for is cut by a rollout.
	RequestTimeoutSeconds int64
}

// frontDoors are each controller's installation: Traefik's Helm chart's namespace and
// entryPoint ports (web 8000, websecure 8443) plus an internal "preview" entryPoint; the
// ingress-nginx chart's namespace and class, with a second, internal controller for previews.
var frontDoors = map[Controller]FrontDoor{
	Traefik: {Controller: Traefik, Namespace: "traefik", GatewayClass: "traefik",
		HTTPPort: 8000, HTTPSPort: 8443, PreviewPort: 9443, RequestTimeoutSeconds: 20},
	IngressNginx: {Controller: IngressNginx, Namespace: "ingress-nginx", IngressClass: "nginx", PreviewIngressClass: "nginx-internal",
		RequestTimeoutSeconds: 20},
}

// FrontDoorOf returns a controller's installation, and whether the controller is known.
func FrontDoorOf(c Controller) (FrontDoor, bool) {
	f, ok := frontDoors[c]
	return f, ok
}

// FrontDoor returns the installation of the environment's controller.
func (e Environment) FrontDoor() FrontDoor { return frontDoors[e.Ingress.Controller] }

// FrontDoors returns the installations that route to the app: the environment's controller,
// then, while it migrates, the one it migrates from.
func (e Environment) FrontDoors() []FrontDoor {
	out := []FrontDoor{e.FrontDoor()}
	if old, ok := frontDoors[e.Ingress.MigratingFrom]; ok && e.Ingress.MigratingFrom != e.Ingress.Controller {
		out = append(out, old)
	}
	return out
}

// GatewayFrontDoor returns the front door among FrontDoors that serves Gateway API, if any.
func (e Environment) GatewayFrontDoor() (FrontDoor, bool) {
	for _, f := range e.FrontDoors() {
		if f.GatewayClass != "" {
			return f, true
		}
	}
	return FrontDoor{}, false
}

// IngressFrontDoor returns the front door among FrontDoors that serves legacy Ingresses, if
// any.
func (e Environment) IngressFrontDoor() (FrontDoor, bool) {
	for _, f := range e.FrontDoors() {
		if f.IngressClass != "" {
			return f, true
		}
	}
	return FrontDoor{}, false
}

// GatewayAPI reports whether any of the environment's routes are Gateway API objects.
func (e Environment) GatewayAPI() bool {
	_, ok := e.GatewayFrontDoor()
	return ok
}

// MaxRequestBodyBytes is the largest request body the front door passes to a tier: 1 MiB,
// ingress-nginx's default proxy-body-size, which the app's API was built against. Traefik has
// no limit of its own, so the output sets this one on every route.
const MaxRequestBodyBytes = 1 << 20

// ACMESettings describe an ACME certificate authority (Let's Encrypt) that signs the public
// host's certificate. The output carries its own Issuer for it, whose HTTP-01 challenges are
// answered through the environment's own front door: the Gateway's HTTP listener, or the
// ingress-nginx class. A platform-wide ClusterIssuer cannot do that for Gateway API: its solver
// would have to name each application's Gateway.
type ACMESettings struct {
	// Server is the ACME directory URL.
	Server string
	// Email is the account's contact, which the authority warns of expiring certificates.
	Email string
}

// ACMESolverPort is the port cert-manager's HTTP-01 solver pods listen on (its acmesolver's
// default): the controller must reach them there through the default-deny policy, or no
// challenge is ever answered and the certificate is never issued.
const ACMESolverPort = 8089

// ACMESolverLabel marks the HTTP-01 solver pods cert-manager starts in the Certificate's
// namespace.
const ACMESolverLabel = "acme.cert-manager.io/http01-solver"

// ACMESolverResources are a solver pod's requests and limits, cert-manager's defaults
// (--acme-http01-solver-resource-*), with the namespace's default ephemeral storage: the quota
// must leave room for one while a certificate is issued or renewed.
func (e Environment) ACMESolverResources() constructs.Resources {
	return constructs.Resources{CPURequest: "10m", MemoryRequest: "64Mi", CPULimit: "100m", MemoryLimit: "64Mi",
		EphemeralStorage: e.ContainerDefaults.EphemeralStorage}
}
