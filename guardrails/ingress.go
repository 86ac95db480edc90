package guardrails

import (
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"

	c "github.com/screenshot-algo/k8s/constructs"
)

// ingressMetrics: no Ingress routes to a metrics port. Metrics name the app's internals, and
// only Prometheus may read them; a public route to one exposes them to the internet.
func (m *model) ingressMetrics() {
	services := map[string]corev1.Service{}
	for _, s := range m.services {
		services[s.Name] = s
	}
	for _, ing := range m.ingresses {
		var backends []networkingv1.IngressServiceBackend
		if d := ing.Spec.DefaultBackend; d != nil && d.Service != nil {
			backends = append(backends, *d.Service)
		}
		for _, r := range ing.Spec.Rules {
			if r.HTTP == nil {
				continue
			}
			for _, p := range r.HTTP.Paths {
				if p.Backend.Service != nil {
					backends = append(backends, *p.Backend.Service)
				}
			}
		}
		for _, b := range backends {
			if b.Port.Name == c.MetricsPortName {
				m.fail(RuleIngressMetrics, "Ingress %s routes to port %q of Service %s", ing.Name, b.Port.Name, b.Name)
				continue
			}
			svc, ok := services[b.Name]
			if !ok {
				continue
			}
			for _, sp := range svc.Spec.Ports {
				if (b.Port.Name != "" && sp.Name != b.Port.Name) || (b.Port.Name == "" && sp.Port != b.Port.Number) {
					continue
				}
				if sp.Name == c.MetricsPortName || sp.TargetPort.StrVal == c.MetricsPortName || m.targetsMetrics(svc, sp) {
					m.fail(RuleIngressMetrics, "Ingress %s routes to Service %s port %d, which reaches the pods' metrics port", ing.Name, svc.Name, sp.Port)
				}
			}
		}
	}
}

// targetsMetrics reports whether a Service port reaches a container port named metrics in a pod
// it selects.
func (m *model) targetsMetrics(svc corev1.Service, sp corev1.ServicePort) bool {
	for _, w := range m.selected(svc.Spec.Selector) {
		if p, ok := containerPort(w.template.Spec, sp.TargetPort); ok && p.Name == c.MetricsPortName {
			return true
		}
	}
	return false
}
