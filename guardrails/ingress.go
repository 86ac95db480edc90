package guardrails

import (
	corev1 "k8s.io/api/core/v1"

	c "github.com/screenshot-algo/k8s/constructs"
)

// ingressMetrics: no route from outside (an Ingress, an HTTPRoute, or a TraefikService they
// send to) reaches a metrics port. Metrics name the app's internals, and only Prometheus may
// read them; a public route to one exposes them to the internet.
func (m *model) ingressMetrics() {
	services := map[string]corev1.Service{}
	for _, s := range m.services {
		services[s.Name] = s
	}
	for _, b := range m.routedBackends() {
		if b.portName == c.MetricsPortName {
			m.fail(RuleIngressMetrics, "%s routes to port %q of Service %s", b.route, b.portName, b.service)
			continue
		}
		svc, ok := services[b.service]
		if !ok {
			continue
		}
		for _, sp := range svc.Spec.Ports {
			if (b.portName != "" && sp.Name != b.portName) || (b.portName == "" && sp.Port != b.port) {
				continue
			}
			if sp.Name == c.MetricsPortName || sp.TargetPort.StrVal == c.MetricsPortName || m.targetsMetrics(svc, sp) {
				m.fail(RuleIngressMetrics, "%s routes to Service %s port %d, which reaches the pods' metrics port", b.route, svc.Name, sp.Port)
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
