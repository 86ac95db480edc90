package constructs

import (
	"cmp"
	"fmt"

	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"

	gw "github.com/screenshot-algo/k8s/constructs/imports/gateway_gatewaynetworkingk8sio"
)

// TraefikGroup and TraefikServiceKind name Traefik's TraefikService, which an HTTPRoute may
// send to instead of a Service.
const (
	TraefikGroup       = "traefik.io"
	TraefikServiceKind = "TraefikService"
)

// Backend is where a route sends: a Service, or a TraefikService that weighs several.
type Backend struct {
	// Name is the Service or TraefikService. Required.
	Name string
	// Port is the Service's port; a TraefikService has none (its services carry theirs).
	Port int32
	// TraefikService sends to the TraefikService Name instead of a Service.
	TraefikService bool
}

// HTTPRouteProps describe the routes of one host on one Gateway listener.
type HTTPRouteProps struct {
	// PartOf is the application the object belongs to (see Identity.PartOf).
	PartOf string
	// Namespace holds the route, beside its Gateway. Required.
	Namespace string
	// Name is the short name; the route is ObjectName(PartOf, Name). Required.
	Name string
	// Gateway and Listener are the full name of the Gateway and the listener the route
	// attaches to. Required.
	Gateway, Listener string
	// Host is the host name the route matches. Required.
	Host string
	// Path is the URL path prefix routed to Backend. Required unless RedirectToHTTPS.
	Path string
	// Backend receives the matched requests. Required unless RedirectToHTTPS.
	Backend Backend
	// Middlewares name Traefik Middlewares of the namespace applied to every request, for what
	// Gateway API has no field for (a request body limit).
	Middlewares []string
	// RedirectToHTTPS answers every request with a permanent redirect to https, instead of
	// sending it anywhere.
	RedirectToHTTPS bool
	// RequestTimeoutSeconds bounds a request through the route (Gateway API's timeouts.request),
	// so that none outlasts a pod's drain; zero leaves the controller's. Traefik 3.6 does not
	// read it: its entry points' respondingTimeouts bound a request there.
	RequestTimeoutSeconds int64
}

// NewHTTPRoute builds an HTTPRoute of Host on one listener: a path prefix to a backend, or the
// redirect of every path to HTTPS. An HTTP-01 challenge's own route (cert-manager's, an exact
// path) is more specific than the redirect's prefix, so the redirect never hides it.
func NewHTTPRoute(scope constructs.Construct, id string, props HTTPRouteProps) gw.HttpRoute {
	rule := &gw.HttpRouteSpecRules{
		Matches: &[]*gw.HttpRouteSpecRulesMatches{{Path: &gw.HttpRouteSpecRulesMatchesPath{
			Type: gw.HttpRouteSpecRulesMatchesPathType_PATH_PREFIX, Value: jsii.String(cmp.Or(props.Path, "/")),
		}}},
	}
	var filters []*gw.HttpRouteSpecRulesFilters
	if props.RedirectToHTTPS {
		filters = append(filters, &gw.HttpRouteSpecRulesFilters{
			Type: gw.HttpRouteSpecRulesFiltersType_REQUEST_REDIRECT,
			RequestRedirect: &gw.HttpRouteSpecRulesFiltersRequestRedirect{
				Scheme: gw.HttpRouteSpecRulesFiltersRequestRedirectScheme_HTTPS, StatusCode: gw.HttpRouteSpecRulesFiltersRequestRedirectStatusCode_VALUE_301,
			},
		})
	} else {
		ref := &gw.HttpRouteSpecRulesBackendRefs{Name: jsii.String(props.Backend.Name)}
		if props.Backend.TraefikService {
			ref.Group, ref.Kind = jsii.String(TraefikGroup), jsii.String(TraefikServiceKind)
		} else {
			ref.Port = num(props.Backend.Port)
		}
		rule.BackendRefs = &[]*gw.HttpRouteSpecRulesBackendRefs{ref}
		if props.RequestTimeoutSeconds > 0 {
			rule.Timeouts = &gw.HttpRouteSpecRulesTimeouts{Request: jsii.String(fmt.Sprintf("%ds", props.RequestTimeoutSeconds))}
		}
		for _, m := range props.Middlewares {
			filters = append(filters, &gw.HttpRouteSpecRulesFilters{
				Type:         gw.HttpRouteSpecRulesFiltersType_EXTENSION_REF,
				ExtensionRef: &gw.HttpRouteSpecRulesFiltersExtensionRef{Group: jsii.String(TraefikGroup), Kind: jsii.String("Middleware"), Name: jsii.String(m)},
			})
		}
	}
	if len(filters) > 0 {
		rule.Filters = &filters
	}
	return gw.NewHttpRoute(scope, jsii.String(id), &gw.HttpRouteProps{
		Metadata: Identity{PartOf: props.PartOf, Name: props.Name, Component: "route"}.APIMeta(ObjectName(props.PartOf, props.Name), props.Namespace),
		Spec: &gw.HttpRouteSpec{
			ParentRefs: &[]*gw.HttpRouteSpecParentRefs{{
				Group: jsii.String(GatewayAPIGroup), Kind: jsii.String("Gateway"), Name: jsii.String(props.Gateway), SectionName: jsii.String(props.Listener),
			}},
			Hostnames: jsii.Strings(props.Host),
			Rules:     &[]*gw.HttpRouteSpecRules{rule},
		},
	})
}
