package env

import (
	"k8s.io/apimachinery/pkg/api/resource"

	c "github.com/screenshot-algo/k8s/constructs"
)

// PeakPods is the most pods a tier can hold quota for at once: twice its maximum replicas.
// A Rollout runs the new version at full size beside the old one before the old one goes. A
// Deployment's rolling update adds only MaxSurgePercent at a time, but a stopping pod keeps its
// quota until it has exited, up to its grace period (a worker finishing a screenshot job, 120s),
// while its replacement is already running: in a fast rollout, or a scale-down followed by a
// scale-up, the whole old version can still be terminating beside the whole new one.
func PeakPods(t Tier) int64 {
	return 2 * int64(t.Scaling.Max)
}

// Quota computes the namespace's ResourceQuota from the model: every tier at its peak (see
// PeakPods), the single Redis pod with its exporter (a StatefulSet replaces its pod without surge) and, with
// ACME, cert-manager's solver pod, with their requests and limits and, in the mesh, each pod's sidecar, plus
// Redis's volume. Nothing here is typed by hand, so a bigger tier can never be refused by a
// stale quota.
func Quota(env Environment) map[string]string {
	// sized is how many of one container run at the peak.
	type sized struct {
		pods int64
		res  c.Resources
	}
	workloads := []sized{{pods: 1, res: env.Redis.Resources}}
	if env.Ingress.ACME != nil {
		// cert-manager's HTTP-01 solver, one pod while the public host's certificate is issued
		// or renewed: a quota without room for it refuses it, and the certificate expires.
		workloads = append(workloads, sized{pods: 1, res: env.ACMESolverResources()})
	}
	for _, t := range env.Tiers {
		workloads = append(workloads, sized{pods: PeakPods(t), res: t.Resources})
	}
	var pods int64
	for _, w := range workloads {
		pods += w.pods
	}
	// Redis's pod runs its exporter beside it.
	containers := append(workloads, sized{pods: 1, res: c.DefaultRedisExporterResources})
	if env.Mesh.Istio {
		containers = append(containers, sized{pods: pods, res: env.Mesh.ProxyResources})
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
	for _, w := range containers {
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
