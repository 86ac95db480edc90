package charts_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	"k8s.io/apimachinery/pkg/api/resource"

	"github.com/screenshot-algo/k8s/charts"
)

func TestPeakPods(t *testing.T) {
	cases := []struct {
		max  int32
		want int64
	}{
		{1, 2}, // a 25% surge of one pod rounds up to one
		{4, 5},
		{5, 7},
		{20, 25},
	}
	dev, prod := charts.Dev(), charts.Production()
	for _, tc := range cases {
		scaling := charts.Scaling{Min: 1, Max: tc.max}
		assert.Equal(t, tc.want, charts.PeakPods(dev, charts.Tier{Scaling: scaling}), "a Deployment, max %d", tc.max)
		assert.Equal(t, tc.want, charts.PeakPods(prod, charts.Tier{Scaling: scaling}), "a tier without a Service stays a Deployment, max %d", tc.max)
		for _, st := range []charts.Strategy{charts.RollingUpdate, charts.BlueGreen, charts.Canary} {
			public := charts.Tier{Strategy: st, Exposed: true, IngressPath: "/", MetricsPath: "/metrics", Scaling: scaling}
			assert.Equal(t, 2*int64(tc.max), charts.PeakPods(prod, public), "a Rollout (%s) runs two full versions at once", st)
		}
	}
}

// TestProductionPolicies checks the policy objects the ADR asks for in production.
func TestProductionPolicies(t *testing.T) {
	env := charts.Production()
	objs := synthEnv(t, env)

	var quota corev1.ResourceQuota
	objs.Decode(t, "ResourceQuota", "screenshot-algo", &quota)
	// Frontend and backend are Rollouts: two full versions of 20 at a release's peak. Workers:
	// 20 replicas plus a 25% surge (5). Redis: 1.
	assert.Equal(t, "106", quota.Spec.Hard.Pods().String())
	for key, want := range charts.Quota(env) {
		got := quota.Spec.Hard[corev1.ResourceName(key)]
		w := resource.MustParse(want)
		assert.Zero(t, w.Cmp(got), "%s: want %s, got %s", key, want, got.String())
	}
	// Frontend and backend: 40 pods of 250m; workers: 25 of 500m; Redis 250m.
	cpu := quota.Spec.Hard[corev1.ResourceRequestsCPU]
	assert.Equal(t, "32750m", cpu.String())

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
		assert.Equal(t, int32(6379), r.Ports[0].Port.IntVal)
		clients = append(clients, r.From[0].PodSelector.MatchLabels["app.kubernetes.io/name"])
	}
	assert.ElementsMatch(t, []string{"backend", "worker"}, clients)

	var frontend networkingv1.NetworkPolicy
	objs.Decode(t, "NetworkPolicy", "screenshot-algo-frontend", &frontend)
	var sources []string
	for _, r := range frontend.Spec.Ingress {
		sources = append(sources, r.From[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])
	}
	assert.ElementsMatch(t, []string{"ingress-nginx", "monitoring"}, sources, "users through the ingress controller, and Prometheus")
}

// TestProductionObservability checks the monitors and the alerts an operator needs.
func TestProductionObservability(t *testing.T) {
	env := charts.Production()
	objs := synthEnv(t, env)
	assert.Len(t, objs.Of("ServiceMonitor"), 3, "every tier exposes metrics")
	for _, tier := range []string{"frontend", "backend", "worker"} {
		metricsSvc := objs.Service(t, "screenshot-algo-"+tier+"-metrics")
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
		assert.Contains(t, r.Annotations["runbook_url"], env.Monitoring.RunbookBaseURL, r.Alert)
		assert.Contains(t, r.Expr, `namespace="screenshot-algo"`, "%s is scoped to the namespace", r.Alert)
	}
	assert.ElementsMatch(t, []string{"ScreenshotAlgoHigh5xxRate", "ScreenshotAlgoHighLatencyP95", "ScreenshotAlgoQueueBacklog",
		"ScreenshotAlgoPodCrashLooping", "ScreenshotAlgoAutoscalerAtMaximum", "ScreenshotAlgoDisruptionBudgetExhausted"}, names)

	var backend networkingv1.NetworkPolicy
	objs.Decode(t, "NetworkPolicy", "screenshot-algo-backend", &backend)
	var scrapers []string
	for _, r := range backend.Spec.Ingress {
		if ns := r.From[0].NamespaceSelector; ns != nil {
			scrapers = append(scrapers, ns.MatchLabels["kubernetes.io/metadata.name"])
		}
	}
	assert.ElementsMatch(t, []string{"ingress-nginx", "monitoring"}, scrapers)
}
