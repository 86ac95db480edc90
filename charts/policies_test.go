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
	for _, tc := range cases {
		assert.Equal(t, tc.want, charts.PeakPods(charts.Scaling{Min: 1, Max: tc.max}), "max %d", tc.max)
	}
}

// TestProductionPolicies checks the policy objects the ADR asks for in production.
func TestProductionPolicies(t *testing.T) {
	env := charts.Production()
	objs := synthEnv(t, env)

	var quota corev1.ResourceQuota
	objs.Decode(t, "ResourceQuota", "screenshot-algo", &quota)
	// 3 tiers at 20 replicas plus a 25% surge (5), and Redis.
	assert.Equal(t, "76", quota.Spec.Hard.Pods().String())
	for key, want := range charts.Quota(env) {
		got := quota.Spec.Hard[corev1.ResourceName(key)]
		w := resource.MustParse(want)
		assert.Zero(t, w.Cmp(got), "%s: want %s, got %s", key, want, got.String())
	}
	// Frontend and backend: 25 pods of 250m; workers: 25 of 500m; Redis 250m.
	cpu := quota.Spec.Hard[corev1.ResourceRequestsCPU]
	assert.Equal(t, "25250m", cpu.String())

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
	assert.Empty(t, worker.Spec.Ingress, "nothing connects to the workers")

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
	require.Len(t, frontend.Spec.Ingress, 1)
	assert.Equal(t, "ingress-nginx", frontend.Spec.Ingress[0].From[0].NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"])
}
