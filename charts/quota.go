package charts

import (
	"k8s.io/apimachinery/pkg/api/resource"

	c "github.com/screenshot-algo/k8s/constructs"
)

// PeakPods is the most pods a tier can run at once. A rolling update adds MaxSurgePercent of its
// maximum replicas (rounded up, as Kubernetes rounds it); a blue-green or canary release runs the
// new version at full size beside the old one before the old one goes, so twice the maximum.
func PeakPods(t Tier) int64 {
	max := int64(t.Scaling.Max)
	if t.UsesRollout() {
		return 2 * max
	}
	return max + (max*c.MaxSurgePercent+99)/100
}

// Quota computes the namespace's ResourceQuota from the model: every tier at its peak (see
// PeakPods) and the single Redis pod (a StatefulSet replaces its pod
// without surge), with their requests and limits, plus Redis's volume. Nothing here is typed by
// hand, so a bigger tier can never be refused by a stale quota.
func Quota(env Environment) map[string]string {
	type sized struct {
		pods int64
		res  c.Resources
	}
	workloads := []sized{{pods: 1, res: env.Redis.Resources}}
	for _, t := range env.Tiers {
		workloads = append(workloads, sized{pods: PeakPods(t), res: t.Resources})
	}
	total := map[string]*resource.Quantity{}
	add := func(key, q string, times int64) {
		if total[key] == nil {
			total[key] = resource.NewQuantity(0, resource.DecimalSI)
		}
		v := resource.MustParse(q)
		for range times {
			total[key].Add(v)
		}
	}
	var pods int64
	for _, w := range workloads {
		pods += w.pods
		add("requests.cpu", w.res.CPURequest, w.pods)
		add("limits.cpu", w.res.CPULimit, w.pods)
		add("requests.memory", w.res.MemoryRequest, w.pods)
		add("limits.memory", w.res.MemoryLimit, w.pods)
		add("requests.ephemeral-storage", w.res.EphemeralStorage, w.pods)
		add("limits.ephemeral-storage", w.res.EphemeralStorage, w.pods)
	}
	add("requests.storage", env.Redis.StorageSize, 1)
	hard := map[string]string{
		"pods":                   resource.NewQuantity(pods, resource.DecimalSI).String(),
		"persistentvolumeclaims": "1",
	}
	for k, v := range total {
		hard[k] = v.String()
	}
	return hard
}
