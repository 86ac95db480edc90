package charts_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
)

// TestPeakPods: whatever runs a tier, its old version can still hold quota in full beside its
// new one, terminating (a Deployment) or waiting for promotion (a Rollout).
func TestPeakPods(t *testing.T) {
	for _, max := range []int32{1, 4, 5, 20} {
		scaling := env.Scaling{Min: 1, Max: max}
		worker := env.Tier{Scaling: scaling}
		assert.Equal(t, 2*int64(max), env.PeakPods(worker), "a Deployment with max %d: the new pods beside the terminating old ones", max)
		for _, st := range []env.Strategy{env.RollingUpdate, env.BlueGreen, env.Canary} {
			public := env.Tier{Strategy: st, Exposed: true, IngressPath: "/", MetricsPath: "/metrics", Scaling: scaling}
			assert.Equal(t, 2*int64(max), env.PeakPods(public), "a Rollout (%s) runs two full versions at once", st)
		}
	}
}

// TestProductionPolicies checks the policy objects the ADR asks for in production.
func TestProductionPolicies(t *testing.T) {
	e := env.Production()
	objs := synthEnv(t, e)

	var quota corev1.ResourceQuota
	objs.Decode(t, "ResourceQuota", "screenshot-algo", &quota)
	// Every tier at its peak (env.PeakPods: twice its maximum), the one Redis pod with its
	// exporter and, where the output has its own ACME Issuer, cert-manager's HTTP-01 solver pod.
	pods, cpu := int64(1), resource.MustParse(e.Redis.Resources.CPURequest)
	cpu.Add(resource.MustParse(constructs.DefaultRedisExporterResources.CPURequest))
	if e.Ingress.ACME != nil {
		pods++
		cpu.Add(resource.MustParse(e.ACMESolverResources().CPURequest))
	}
	for _, tier := range e.Tiers {
		pods += env.PeakPods(tier)
		request := resource.MustParse(tier.Resources.CPURequest)
		cpu.Add(*resource.NewMilliQuantity(request.MilliValue()*env.PeakPods(tier), resource.DecimalSI))
	}
	assert.Equal(t, pods, quota.Spec.Hard.Pods().Value())
	assert.Zero(t, cpu.Cmp(quota.Spec.Hard[corev1.ResourceRequestsCPU]), "CPU requests: want %s, got %s", cpu.String(), quota.Spec.Hard.Cpu())
	for key, want := range env.Quota(e) {
		got := quota.Spec.Hard[corev1.ResourceName(key)]
		w := resource.MustParse(want)
		assert.Zero(t, w.Cmp(got), "%s: want %s, got %s", key, want, got.String())
	}

	var limits corev1.LimitRange
	objs.Decode(t, "LimitRange", "screenshot-algo", &limits)
	require.Len(t, limits.Spec.Limits, 1)
	assert.NotEmpty(t, limits.Spec.Limits[0].Default)
	assert.NotEmpty(t, limits.Spec.Limits[0].DefaultRequest)

	var deny networkingv1.NetworkPolicy
	objs.Decode(t, "NetworkPolicy", "screenshot-algo-default-deny", &deny)
	assert.Empty(t, deny.Spec.PodSelector.MatchLabels, "applies to every pod")
	assert.ElementsMatch(t, []networkingv1.PolicyType{"Ingress", "Egress"}, deny.Spec.PolicyTypes)
	assert.Empty(t, deny.Spec.Ingress)
	assert.Empty(t, deny.Spec.Egress)

	var worker networkingv1.NetworkPolicy
	objs.Decode(t, "NetworkPolicy", "screenshot-algo-worker", &worker)
	var internet *networkingv1.IPBlock
	for _, r := range worker.Spec.Egress {
		for _, p := range r.To {
			if p.IPBlock != nil && p.IPBlock.CIDR == "0.0.0.0/0" {
				internet = p.IPBlock
				var ports []int32
				for _, port := range r.Ports {
					ports = append(ports, port.Port.IntVal)
				}
				assert.ElementsMatch(t, []int32{80, 443}, ports)
			}
		}
	}
	require.NotNil(t, internet, "workers reach the public web")
	for _, private := range []string{"169.254.169.254/32", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"} {
		assert.Contains(t, internet.Except, private)
	}
	require.Len(t, worker.Spec.Ingress, 1, "nothing connects to the workers but Prometheus")
	assert.Equal(t, "monitoring", worker.Spec.Ingress[0].From[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])

	var redis networkingv1.NetworkPolicy
	objs.Decode(t, "NetworkPolicy", "screenshot-algo-redis", &redis)
	var clients []string
	for _, r := range redis.Spec.Ingress {
		if ns := r.From[0].NamespaceSelector; ns != nil {
			// Prometheus, to the exporter only.
			assert.Equal(t, e.Monitoring.Namespace, ns.MatchLabels["kubernetes.io/metadata.name"])
			assert.Equal(t, int32(constructs.RedisExporterPort), r.Ports[0].Port.IntVal)
			continue
		}
		assert.Equal(t, int32(constructs.RedisPort), r.Ports[0].Port.IntVal)
		clients = append(clients, r.From[0].PodSelector.MatchLabels["app.kubernetes.io/name"])
	}
	var connected []string
	for _, tier := range e.Tiers {
		if tier.ConnectsTo(env.Redis) {
			connected = append(connected, tier.Name)
		}
	}
	assert.ElementsMatch(t, connected, clients, "Redis admits exactly the tiers that connect to it")

	var frontend networkingv1.NetworkPolicy
	objs.Decode(t, "NetworkPolicy", "screenshot-algo-frontend", &frontend)
	var sources []string
	for _, r := range frontend.Spec.Ingress {
		sources = append(sources, r.From[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])
	}
	assert.ElementsMatch(t, []string{e.FrontDoor().Namespace, e.Monitoring.Namespace}, sources, "users through the ingress controller, and Prometheus")
}

// TestProductionObservability checks the monitors and the alerts an operator needs.
func TestProductionObservability(t *testing.T) {
	e := env.Production()
	objs := synthEnv(t, e)
	var monitors, want []string
	for _, o := range objs.Of("ServiceMonitor") {
		monitors = append(monitors, o.Name)
	}
	scraped := append(e.TierNames(), env.Redis) // every tier, and Redis's exporter
	for _, name := range scraped {
		want = append(want, env.ObjectName(name))
	}
	assert.ElementsMatch(t, want, monitors, "every tier exposes metrics, and Redis through its exporter")
	for _, name := range scraped {
		metricsSvc := objs.Service(t, env.ObjectName(name)+"-metrics")
		assert.Equal(t, "true", metricsSvc.Labels["screenshot-algo.io/metrics"])
		assert.Equal(t, "None", metricsSvc.Spec.ClusterIP, "scraping needs no virtual IP")
	}

	var rule struct {
		APIVersion, Kind string
		Metadata         map[string]any
		Spec             struct {
			Groups []struct {
				Name  string
				Rules []struct {
					Alert, Expr, For    string
					Labels, Annotations map[string]string
				}
			}
		}
	}
	objs.Decode(t, "PrometheusRule", "screenshot-algo-alerts", &rule)
	var names []string
	for _, r := range rule.Spec.Groups[0].Rules {
		names = append(names, r.Alert)
		assert.Contains(t, []string{"critical", "warning"}, r.Labels["severity"], r.Alert)
		assert.Contains(t, r.Annotations["runbook_url"], e.Monitoring.RunbookBaseURL, r.Alert)
		assert.Contains(t, r.Expr, `namespace="screenshot-algo"`, "%s is scoped to the namespace", r.Alert)
	}
	assert.ElementsMatch(t, []string{"ScreenshotAlgoHigh5xxRate", "ScreenshotAlgoHighLatencyP95", "ScreenshotAlgoQueueBacklog", "ScreenshotAlgoQueueWithoutWorkers", "ScreenshotAlgoQueueUnmeasured",
		"ScreenshotAlgoPodCrashLooping", "ScreenshotAlgoAutoscalerAtMaximum", "ScreenshotAlgoDisruptionBudgetExhausted",
		"ScreenshotAlgoTargetDown", "ScreenshotAlgoRedisDown", "ScreenshotAlgoRedisNearMemoryCap", "ScreenshotAlgoExternalSecretNotSynced",
		"ScreenshotAlgoNoReadyPods", "ScreenshotAlgoPodsPending", "ScreenshotAlgoPodCannotStart", "ScreenshotAlgoCertificateExpiring", "ScreenshotAlgoRedisVolumeFilling",
		"ScreenshotAlgoRolloutDegraded", "ScreenshotAlgoRolloutPaused", "ScreenshotAlgoQueueGrowingAtMaxWorkers"}, names)

	var backend networkingv1.NetworkPolicy
	objs.Decode(t, "NetworkPolicy", "screenshot-algo-backend", &backend)
	var scrapers []string
	for _, r := range backend.Spec.Ingress {
		if ns := r.From[0].NamespaceSelector; ns != nil {
			scrapers = append(scrapers, ns.MatchLabels["kubernetes.io/metadata.name"])
		}
	}
	assert.ElementsMatch(t, []string{e.FrontDoor().Namespace, e.Monitoring.Namespace}, scrapers)
}

// TestDNSPolicy: every pod may query the cluster DNS, and NodeLocal DNSCache's address too where
// the cluster runs it; nothing else on port 53.
func TestDNSPolicy(t *testing.T) {
	cases := []struct {
		e         env.Environment
		wantLocal string
	}{
		{env.Dev(), ""},
		{env.Production(), "169.254.20.10/32"},
	}
	for _, tc := range cases {
		t.Run(tc.e.Name, func(t *testing.T) {
			var dns networkingv1.NetworkPolicy
			synthEnv(t, tc.e).Decode(t, "NetworkPolicy", "screenshot-algo-allow-dns", &dns)
			assert.Empty(t, dns.Spec.PodSelector.MatchLabels, "every pod resolves names")
			var namespaces, blocks []string
			for _, rule := range dns.Spec.Egress {
				var ports []string
				for _, p := range rule.Ports {
					ports = append(ports, string(*p.Protocol)+"/"+p.Port.String())
				}
				assert.ElementsMatch(t, []string{"UDP/53", "TCP/53"}, ports)
				for _, peer := range rule.To {
					if peer.IPBlock != nil {
						blocks = append(blocks, peer.IPBlock.CIDR)
					} else {
						namespaces = append(namespaces, peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])
					}
				}
			}
			assert.Equal(t, []string{"kube-system"}, namespaces)
			if tc.wantLocal == "" {
				assert.Empty(t, blocks)
			} else {
				assert.Equal(t, []string{tc.wantLocal}, blocks)
			}
		})
	}
}

// TestRunbooksIndex: the runbooks index links every runbook, and every runbook it links exists.
func TestRunbooksIndex(t *testing.T) {
	dir := filepath.Join("..", "docs", "runbooks")
	index, err := os.ReadFile(filepath.Join(dir, "README.md"))
	require.NoError(t, err)
	files, err := filepath.Glob(filepath.Join(dir, "*.md"))
	require.NoError(t, err)
	for _, f := range files {
		if name := filepath.Base(f); name != "README.md" {
			assert.Contains(t, string(index), "("+name+")", "the index links %s", name)
		}
	}
	for _, m := range regexp.MustCompile(`\]\(([^)]+\.md)\)`).FindAllStringSubmatch(string(index), -1) {
		assert.FileExists(t, filepath.Join(dir, m[1]))
	}
}
