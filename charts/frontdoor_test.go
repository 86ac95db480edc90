package charts_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/k8stest"
)

// gatewayObj, httpRouteObj, traefikServiceObj and rolloutRouting are the parts of the front
// door's objects these tests read.
type gatewayObj struct {
	Spec struct {
		GatewayClassName string
		Listeners        []struct {
			Name, Hostname, Protocol string
			Port                     int32
			TLS                      *struct {
				CertificateRefs []struct{ Name string }
			}
		}
	}
}

type httpRouteObj struct {
	Metadata struct{ Annotations map[string]string }
	Spec     struct {
		ParentRefs []struct{ Name, SectionName string }
		Hostnames  []string
		Rules      []struct {
			Matches []struct {
				Path struct{ Type, Value string }
			}
			BackendRefs []struct {
				Group, Kind, Name string
				Port              int32
			}
			Filters []struct {
				Type            string
				RequestRedirect *struct{ Scheme string }
				ExtensionRef    *struct{ Kind, Name string }
			}
		}
	}
}

type traefikServiceObj struct {
	Spec struct {
		Weighted struct {
			Services []struct {
				Name   string
				Port   int32
				Weight int32
			}
		}
	}
}

type rolloutRouting struct {
	Spec struct {
		Strategy struct {
			Canary *struct {
				StableService, CanaryService string
				TrafficRouting               struct {
					Traefik *struct{ WeightedTraefikServiceName string }
					Nginx   *struct{ StableIngress string }
					Istio   *struct{ VirtualService struct{ Name string } }
				}
			}
		}
	}
}

// routesOf reads, from either kind of front door, which Service finally serves each path of
// the public host and of the preview host: an HTTPRoute's TraefikService is followed to the
// Service it weighs fully (the stable one, until a release reweights it).
func routesOf(t *testing.T, objs k8stest.Objects, e env.Environment) (public, preview map[string]string) {
	t.Helper()
	public, preview = map[string]string{}, map[string]string{}
	hostMap := func(host string) map[string]string {
		switch host {
		case e.Ingress.Host:
			return public
		case e.Ingress.PreviewHost:
			return preview
		}
		t.Errorf("a route for %q, neither the public nor the preview host", host)
		return map[string]string{}
	}
	for _, o := range objs.Of("Ingress") {
		ing := objs.Ingress(t, o.Name)
		for _, r := range ing.Spec.Rules {
			for _, p := range r.HTTP.Paths {
				hostMap(r.Host)[p.Path] = p.Backend.Service.Name
			}
		}
	}
	for _, o := range objs.Of("HTTPRoute") {
		var r httpRouteObj
		objs.DecodePart(t, "HTTPRoute", o.Name, &r)
		for _, rule := range r.Spec.Rules {
			if len(rule.BackendRefs) == 0 {
				continue // the HTTPS redirect
			}
			require.Len(t, rule.BackendRefs, 1, o.Name)
			ref := rule.BackendRefs[0]
			service := ref.Name
			if ref.Kind == "TraefikService" {
				var ts traefikServiceObj
				objs.DecodePart(t, "TraefikService", ref.Name, &ts)
				for _, s := range ts.Spec.Weighted.Services {
					if s.Weight == 100 {
						service = s.Name
					}
				}
			}
			for _, h := range r.Spec.Hostnames {
				hostMap(h)[rule.Matches[0].Path.Value] = service
			}
		}
	}
	return public, preview
}

// wantRoutes are the routes the model asks for: each tier's IngressPath on the public host to
// its Service and, for a tier that a Rollout releases, on the preview host to its preview
// Service.
func wantRoutes(e env.Environment) (public, preview map[string]string) {
	public, preview = map[string]string{}, map[string]string{}
	for _, tier := range e.Tiers {
		if tier.IngressPath == "" {
			continue
		}
		public[tier.IngressPath] = env.ObjectName(tier.Name)
		if e.UsesRollout(tier) {
			preview[tier.IngressPath] = env.ObjectName(tier.Name) + "-preview"
		}
	}
	return public, preview
}

// everyVariant is every environment, and production in every release variant.
func everyVariant() map[string]env.Environment {
	out := map[string]env.Environment{}
	for _, e := range env.Environments() {
		out[e.Name] = e
	}
	for _, v := range env.Variants() {
		e := env.Production()
		v.Apply(&e)
		out["production-"+v.Name] = e
	}
	return out
}

// TestFrontDoor checks, for every environment and variant, the routes and what their
// controllers need: each public tier's path on the public host, each Rollout tier's on the
// preview host, once per front door; under Gateway API, HTTPS listeners with their
// certificates, the preview on the internal entry point only, plain HTTP only redirecting, a
// canary reweighted through its own TraefikService; under the legacy ingress-nginx, the preview
// served by the internal class and the canary reweighted through the tier's Ingress; and no
// ingress-nginx annotation anywhere without it.
func TestFrontDoor(t *testing.T) {
	for name, e := range everyVariant() {
		t.Run(name, func(t *testing.T) {
			objs := synthEnv(t, e)
			gotPublic, gotPreview := routesOf(t, objs, e)
			wantPublic, wantPreview := wantRoutes(e)
			assert.Equal(t, wantPublic, gotPublic, "the public host's paths")
			assert.Equal(t, wantPreview, gotPreview, "the preview host's paths")
			_, gatewayAPI := e.GatewayFrontDoor()
			legacy, ingresses := e.IngressFrontDoor()
			if ingresses {
				routed := 0
				for _, o := range objs.Of("Ingress") {
					ing := objs.Ingress(t, o.Name)
					class := legacy.IngressClass
					if ing.Spec.Rules[0].Host == e.Ingress.PreviewHost {
						class = legacy.PreviewIngressClass
					}
					assert.Equal(t, class, *ing.Spec.IngressClassName, "Ingress %s", o.Name)
					routed++
				}
				assert.Equal(t, len(wantPublic)+len(wantPreview), routed, "an Ingress per route")
			} else {
				assert.Empty(t, objs.Of("Ingress"), "Gateway API replaces every Ingress")
				for _, o := range objs {
					assert.NotContains(t, string(o.JSON), "nginx.ingress.kubernetes.io", "%s %s", o.Kind, o.Name)
				}
			}
			if gatewayAPI {
				checkGateways(t, objs, e)
			} else {
				assert.Empty(t, objs.Of("HTTPRoute"), "a legacy front door alone has no Gateway API routes")
				assert.Empty(t, objs.Of("Gateway"))
			}
			checkCanaryRouting(t, objs, e)
		})
	}
}

// checkGateways: the public Gateway listens for the public host on the controller's HTTP and
// HTTPS entry points, and the internal Gateway, present only with previews, for the preview
// host on the internal one; every route attaches to the listener of its host, and plain HTTP
// only redirects to HTTPS.
func checkGateways(t *testing.T, objs k8stest.Objects, e env.Environment) {
	t.Helper()
	f := e.FrontDoor()
	type listener struct {
		host, protocol, secret string
		port                   int32
	}
	listeners := map[string]listener{} // by "<gateway>/<listener>"
	for _, o := range objs.Of("Gateway") {
		var g gatewayObj
		objs.DecodePart(t, "Gateway", o.Name, &g)
		assert.Equal(t, f.GatewayClass, g.Spec.GatewayClassName, o.Name)
		for _, l := range g.Spec.Listeners {
			got := listener{host: l.Hostname, protocol: l.Protocol, port: l.Port}
			if l.TLS != nil {
				require.Len(t, l.TLS.CertificateRefs, 1)
				got.secret = l.TLS.CertificateRefs[0].Name
			}
			listeners[o.Name+"/"+l.Name] = got
		}
	}
	public, internal := env.ObjectName(env.PublicGateway), env.ObjectName(env.InternalGateway)
	want := map[string]listener{
		public + "/" + env.HTTPListener:  {host: e.Ingress.Host, protocol: "HTTP", port: f.HTTPPort},
		public + "/" + env.HTTPSListener: {host: e.Ingress.Host, protocol: "HTTPS", port: f.HTTPSPort, secret: e.Ingress.TLSSecretName},
	}
	if e.ReleasesWithRollouts() {
		want[internal+"/"+env.PreviewListener] = listener{host: e.Ingress.PreviewHost, protocol: "HTTPS", port: f.PreviewPort, secret: e.Ingress.PreviewTLSSecretName}
	}
	assert.Equal(t, want, listeners)

	redirects := 0
	for _, o := range objs.Of("HTTPRoute") {
		var r httpRouteObj
		objs.DecodePart(t, "HTTPRoute", o.Name, &r)
		require.Len(t, r.Spec.ParentRefs, 1, o.Name)
		parent := r.Spec.ParentRefs[0].Name + "/" + r.Spec.ParentRefs[0].SectionName
		l, ok := listeners[parent]
		require.True(t, ok, "HTTPRoute %s attaches to %s, which no Gateway has", o.Name, parent)
		assert.Equal(t, []string{l.host}, r.Spec.Hostnames, "HTTPRoute %s names its listener's host", o.Name)
		for _, rule := range r.Spec.Rules {
			if l.protocol == "HTTP" {
				require.Len(t, rule.Filters, 1, "plain HTTP only redirects: %s", o.Name)
				require.NotNil(t, rule.Filters[0].RequestRedirect, o.Name)
				assert.Equal(t, "https", rule.Filters[0].RequestRedirect.Scheme)
				assert.Empty(t, rule.BackendRefs, "plain HTTP reaches no tier: %s", o.Name)
				redirects++
				continue
			}
			var middlewares []string
			for _, f := range rule.Filters {
				if f.ExtensionRef != nil {
					middlewares = append(middlewares, f.ExtensionRef.Name)
				}
			}
			assert.Equal(t, []string{env.ObjectName(env.BodyLimit)}, middlewares, "HTTPRoute %s holds request bodies to the limit", o.Name)
		}
	}
	assert.Equal(t, 1, redirects, "one redirect of the public host to HTTPS")
}

// checkCanaryRouting: each canary Rollout outside the mesh is reweighted on every front door:
// through the TraefikService its tier's public HTTPRoute sends to, between its own stable and
// preview Services, and through its tier's own Ingress.
func checkCanaryRouting(t *testing.T, objs k8stest.Objects, e env.Environment) {
	t.Helper()
	_, gatewayAPI := e.GatewayFrontDoor()
	_, ingresses := e.IngressFrontDoor()
	for _, tier := range e.Tiers {
		if tier.Strategy != env.Canary || e.Mesh.Istio {
			continue
		}
		name := env.ObjectName(tier.Name)
		var ro rolloutRouting
		objs.DecodePart(t, "Rollout", name, &ro)
		canary := ro.Spec.Strategy.Canary
		require.NotNil(t, canary, name)
		assert.Equal(t, ingresses, canary.TrafficRouting.Nginx != nil, "%s is reweighted through ingress-nginx exactly when it routes", name)
		if canary.TrafficRouting.Nginx != nil {
			assert.Equal(t, name, canary.TrafficRouting.Nginx.StableIngress)
			objs.Ingress(t, canary.TrafficRouting.Nginx.StableIngress)
		}
		require.Equal(t, gatewayAPI, canary.TrafficRouting.Traefik != nil, "%s is reweighted through Traefik exactly when it routes", name)
		if !gatewayAPI {
			continue
		}
		ts := canary.TrafficRouting.Traefik.WeightedTraefikServiceName
		var weighted traefikServiceObj
		objs.DecodePart(t, "TraefikService", ts, &weighted)
		weights := map[string]int32{}
		for _, s := range weighted.Spec.Weighted.Services {
			weights[s.Name] = s.Weight
		}
		assert.Equal(t, map[string]int32{canary.StableService: 100, canary.CanaryService: 0}, weights,
			"TraefikService %s weighs the Rollout's stable and canary Services, all to the stable one until a release", ts)
		var route httpRouteObj
		objs.DecodePart(t, "HTTPRoute", name, &route)
		assert.Equal(t, ts, route.Spec.Rules[0].BackendRefs[0].Name, "the public route sends through the reweighted TraefikService")
		assert.True(t, strings.HasPrefix(canary.CanaryService, name))
	}
}
