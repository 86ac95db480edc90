package guardrails

import (
	corev1 "k8s.io/api/core/v1"

	"github.com/screenshot-algo/k8s/env"
)

// minDrainSeconds is the least time a container gets after its preStop wait to finish what it
// started before the kubelet kills it.
const minDrainSeconds = 5

// gracefulStop: a pod that a Service routes to waits (preStop) until the endpoint change has
// reached ingress-nginx and kube-proxy before it stops, or every rollout, scale-down and drain
// drops the requests sent to it meanwhile; and its grace period leaves time to drain after the
// wait, or the kubelet kills it mid-request.
func (m *model) gracefulStop() {
	routed := map[string]bool{}
	for _, s := range m.services {
		if s.Spec.ClusterIP == corev1.ClusterIPNone || len(s.Spec.Selector) == 0 {
			continue // headless: clients reach the pods themselves; nothing to wait for
		}
		for _, w := range m.selected(s.Spec.Selector) {
			routed[w.kind+"/"+w.name] = true
		}
	}
	for _, w := range m.workloads {
		grace := int64(corev1.DefaultTerminationGracePeriodSeconds)
		if g := w.template.Spec.TerminationGracePeriodSeconds; g != nil {
			grace = *g
		}
		for _, ctr := range w.template.Spec.Containers {
			var wait int64
			if l := ctr.Lifecycle; l != nil && l.PreStop != nil && l.PreStop.Sleep != nil {
				wait = l.PreStop.Sleep.Seconds
			}
			if routed[w.kind+"/"+w.name] && wait < env.MinPreStopSeconds {
				m.fail(RuleGracefulStop, "container %s of %s %s takes Service traffic but waits %ds before it stops; at least %ds lets ingress-nginx and kube-proxy stop sending it requests first",
					ctr.Name, w.kind, w.name, wait, env.MinPreStopSeconds)
			}
			if wait > 0 && grace < wait+minDrainSeconds {
				m.fail(RuleGracefulStop, "%s %s has a grace period of %ds, which leaves %ds after container %s's preStop wait of %ds; at least %ds are needed to drain",
					w.kind, w.name, grace, grace-wait, ctr.Name, wait, minDrainSeconds)
			}
		}
	}
}
