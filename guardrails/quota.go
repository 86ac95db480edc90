package guardrails

import (
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
)

// quota: the namespace's ResourceQuota admits every workload at its peak, with their requests
// and limits, and every claim's storage. Otherwise the autoscaler, or a rollout, is refused pods
// exactly when they are needed. The peak is the maximum replicas plus the workload's
// extraAtPeak: twice the maximum for a Deployment or Rollout, whose old version can hold quota
// in full beside the new one. With ACME, cert-manager's HTTP-01 solver pod must fit too, or a
// renewal is refused and the certificate expires.
func (m *model) quota() {
	need := map[corev1.ResourceName]*resource.Quantity{}
	add := func(key corev1.ResourceName, q resource.Quantity, times int64) {
		if need[key] == nil {
			need[key] = resource.NewQuantity(0, resource.DecimalSI)
		}
		for range times {
			need[key].Add(q)
		}
	}
	for _, w := range m.workloads {
		max := m.maxReplicas(w)
		peak := int64(max) + scaled(w.extraAtPeak, max, true)
		add(corev1.ResourcePods, resource.MustParse("1"), peak)
		for _, c := range w.template.Spec.Containers {
			for name, q := range c.Resources.Requests {
				add("requests."+name, q, peak)
			}
			for name, q := range c.Resources.Limits {
				add("limits."+name, q, peak)
			}
		}
		for _, claim := range w.claims {
			replicas := int64(m.minReplicas(w))
			add(corev1.ResourceRequestsStorage, claim.Spec.Resources.Requests[corev1.ResourceStorage], replicas)
			add(corev1.ResourcePersistentVolumeClaims, resource.MustParse("1"), replicas)
		}
	}
	if m.e.Ingress.ACME != nil {
		solver := m.e.ACMESolverResources()
		add(corev1.ResourcePods, resource.MustParse("1"), 1)
		add(corev1.ResourceRequestsCPU, resource.MustParse(solver.CPURequest), 1)
		add(corev1.ResourceRequestsMemory, resource.MustParse(solver.MemoryRequest), 1)
		add(corev1.ResourceLimitsCPU, resource.MustParse(solver.CPULimit), 1)
		add(corev1.ResourceLimitsMemory, resource.MustParse(solver.MemoryLimit), 1)
		add(corev1.ResourceRequestsEphemeralStorage, resource.MustParse(solver.EphemeralStorage), 1)
		add(corev1.ResourceLimitsEphemeralStorage, resource.MustParse(solver.EphemeralStorage), 1)
	}
	for _, q := range m.quotas {
		for key, limit := range q.Spec.Hard {
			if n := need[key]; n != nil && n.Cmp(limit) > 0 {
				m.fail(RuleQuota, "ResourceQuota %s allows %s %s, but the workloads at their peak (maximum replicas plus their surge, or a Deployment's terminating pods) need %s",
					q.Name, limit.String(), key, n.String())
			}
		}
	}
}
