package guardrails

import (
	"fmt"
	"slices"

	networkingv1 "k8s.io/api/networking/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/screenshot-algo/k8s/env"
)

// gateway is a Gateway API Gateway, as far as the rules read it.
type gateway struct {
	Metadata metav1.ObjectMeta
	Spec     struct {
		Listeners []struct {
			Name     string
			Port     int32
			Hostname *string
			TLS      *struct {
				CertificateRefs []struct{ Kind, Name string } `json:"certificateRefs"`
			} `json:"tls"`
		}
	}
}

// httpRoute is a Gateway API HTTPRoute, as far as the rules read it.
type httpRoute struct {
	Metadata metav1.ObjectMeta
	Spec     struct {
		ParentRefs []struct {
			Name        string
			SectionName *string
		}
		Hostnames []string
		Rules     []struct {
			BackendRefs []struct {
				Group, Kind, Name string
				Port              *int32
			}
		}
	}
}

// traefikService is a weighted TraefikService, as far as the rules read it.
type traefikService struct {
	Metadata metav1.ObjectMeta
	Spec     struct {
		Weighted *struct {
			Services []struct {
				Name string
				Port int32
			}
		}
	}
}

// previewInternal: the preview host is served on the controller's internal entry point only.
// The preview runs an unpromoted version with production's credentials; a controller routes on
// the Host header, so a preview route on a public listener (or a public listener that takes any
// host) lets anyone on the internet reach it by sending that header to the public address.
func (m *model) previewInternal() {
	preview := m.e.Ingress.PreviewHost
	if preview == "" {
		return
	}
	f, _ := m.e.GatewayFrontDoor()
	public := []int32{f.HTTPPort, f.HTTPSPort}
	type listenerKey struct{ gateway, listener string }
	ports := map[listenerKey]int32{}
	listenersOf := map[string][]string{}
	for _, g := range m.gateways {
		for _, l := range g.Spec.Listeners {
			ports[listenerKey{g.Metadata.Name, l.Name}] = l.Port
			listenersOf[g.Metadata.Name] = append(listenersOf[g.Metadata.Name], l.Name)
			if !slices.Contains(public, l.Port) {
				continue
			}
			switch {
			case l.Hostname == nil || *l.Hostname == "" || (*l.Hostname)[0] == '*':
				m.fail(RulePreviewInternal, "Gateway %s listener %s on public port %d accepts routes for any host, %s included: give it Ingress.Host", g.Metadata.Name, l.Name, l.Port, preview)
			case *l.Hostname == preview:
				m.fail(RulePreviewInternal, "Gateway %s listener %s serves the preview host %s on public port %d: only the internal entry point (port %d) may", g.Metadata.Name, l.Name, preview, l.Port, f.PreviewPort)
			}
		}
	}
	for _, r := range m.routes {
		if !slices.Contains(r.Spec.Hostnames, preview) {
			continue
		}
		for _, p := range r.Spec.ParentRefs {
			listeners := listenersOf[p.Name]
			if p.SectionName != nil {
				listeners = []string{*p.SectionName}
			}
			for _, l := range listeners {
				if port, ok := ports[listenerKey{p.Name, l}]; ok && slices.Contains(public, port) {
					m.fail(RulePreviewInternal, "HTTPRoute %s sends the preview host %s through Gateway %s listener %s on public port %d: only the internal entry point (port %d) may",
						r.Metadata.Name, preview, p.Name, l, port, f.PreviewPort)
				}
			}
		}
	}
	legacy, _ := m.e.IngressFrontDoor()
	for _, ing := range m.ingresses {
		for _, rule := range ing.Spec.Rules {
			class := ""
			if ing.Spec.IngressClassName != nil {
				class = *ing.Spec.IngressClassName
			}
			if rule.Host == preview && class != legacy.PreviewIngressClass {
				m.fail(RulePreviewInternal, "Ingress %s routes the preview host %s through class %q, the public controller: only %q, the internal one, may",
					ing.Name, preview, class, legacy.PreviewIngressClass)
			}
		}
	}
}

// acmeSolver: cert-manager's HTTP-01 solver pods, which cert-manager starts in the namespace
// for each challenge, are admitted from the controller's namespace on their port. Default-deny
// drops the authority's request otherwise, and the certificate is never issued nor renewed.
func (m *model) acmeSolver() {
	if m.e.Ingress.ACME == nil {
		return
	}
	solver := workload{name: "cert-manager's HTTP-01 solver"}
	solver.template.Labels = map[string]string{env.ACMESolverLabel: "true"}
	from := m.e.FrontDoor().Namespace
	for _, r := range m.rules(solver, networkingv1.PolicyTypeIngress) {
		admitsPort := len(r.ports) == 0 || slices.ContainsFunc(r.ports, func(p networkingv1.NetworkPolicyPort) bool {
			return p.Port != nil && p.Port.IntVal == env.ACMESolverPort
		})
		if !admitsPort {
			continue
		}
		if len(r.peers) == 0 || slices.ContainsFunc(r.peers, func(p networkingv1.NetworkPolicyPeer) bool {
			return p.NamespaceSelector != nil && p.PodSelector == nil && p.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"] == from
		}) {
			return
		}
	}
	m.fail(RuleNetwork, "no NetworkPolicy admits namespace/%s to %s (pods labelled %s=true) on port %d: ACME HTTP-01 challenges would never be answered",
		from, solver.name, env.ACMESolverLabel, env.ACMESolverPort)
}

// routedBackend is a Service that a route of the output sends to, and on which port.
type routedBackend struct {
	route, service, portName string
	port                     int32
}

func (b routedBackend) String() string { return fmt.Sprintf("%s to Service %s", b.route, b.service) }

// routedBackends lists every Service the Ingresses, HTTPRoutes and TraefikServices send to.
func (m *model) routedBackends() []routedBackend {
	var out []routedBackend
	for _, ing := range m.ingresses {
		add := func(name, portName string, port int32) {
			out = append(out, routedBackend{route: "Ingress " + ing.Name, service: name, portName: portName, port: port})
		}
		if d := ing.Spec.DefaultBackend; d != nil && d.Service != nil {
			add(d.Service.Name, d.Service.Port.Name, d.Service.Port.Number)
		}
		for _, r := range ing.Spec.Rules {
			if r.HTTP == nil {
				continue
			}
			for _, p := range r.HTTP.Paths {
				if s := p.Backend.Service; s != nil {
					add(s.Name, s.Port.Name, s.Port.Number)
				}
			}
		}
	}
	for _, r := range m.routes {
		for _, rule := range r.Spec.Rules {
			for _, b := range rule.BackendRefs {
				if (b.Kind == "" || b.Kind == "Service") && b.Port != nil {
					out = append(out, routedBackend{route: "HTTPRoute " + r.Metadata.Name, service: b.Name, port: *b.Port})
				}
			}
		}
	}
	for _, t := range m.traefikServices {
		if t.Spec.Weighted == nil {
			continue
		}
		for _, s := range t.Spec.Weighted.Services {
			out = append(out, routedBackend{route: "TraefikService " + t.Metadata.Name, service: s.Name, port: s.Port})
		}
	}
	return out
}
