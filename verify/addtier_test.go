package verify

import (
	"context"
	"crypto/sha256"
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
)

// The tiers nobody has, one of each kind: what a developer adding a tier writes in
// env/environments.go, and nothing more, named so that no real tier ever takes the name: a
// worker, an internal service that the backend calls, and a public web tier.
func throwawayWorker() env.Tier {
	return env.Tier{
		Name: "throwaway-worker", Component: "throwaway-worker", Port: 8000, MetricsPath: "/metrics", MetricsPort: env.MetricsPort,
		LivenessPath: "/healthz", ReadinessPath: "/readyz",
		Scaling:      env.Scaling{Min: 2, Max: 6, TargetCPUPercent: 70, ScaleDownStabilizationSeconds: 300},
		Resources:    constructs.Resources{CPURequest: "200m", MemoryRequest: "256Mi", CPULimit: "500m", MemoryLimit: "512Mi", EphemeralStorage: "512Mi"},
		DrainSeconds: 30, StartupSeconds: 30, Priority: env.Preemptible,
		Alerts:   env.TierAlerts{Queue: true},
		Connects: []string{env.Redis},
	}
}

func throwawayService() env.Tier {
	return env.Tier{
		Name: "throwaway-service", Component: "throwaway-service", Port: 7000, Exposed: true, MetricsPath: "/metrics", MetricsPort: env.MetricsPort,
		LivenessPath: "/healthz", ReadinessPath: "/ready",
		Scaling:        env.Scaling{Min: 2, Max: 4, TargetCPUPercent: 70, ScaleDownStabilizationSeconds: 300},
		Resources:      constructs.Resources{CPURequest: "100m", MemoryRequest: "128Mi", CPULimit: "500m", MemoryLimit: "256Mi", EphemeralStorage: "256Mi"},
		PreStopSeconds: 10, DrainSeconds: 20, StartupSeconds: 30,
		Connects: []string{env.Redis},
	}
}

func throwawayWeb() env.Tier {
	t := throwawayService()
	t.Name, t.Component, t.Port, t.IngressPath, t.Connects = "throwaway-web", "web", 8081, "/throwaway", []string{"backend"}
	return t
}

// TestAddATier adds a throwaway tier of each kind to a copy of production, as the one change a
// new tier needs (its Tier value, its image digest where digests are required, and its name in
// the Connects of a tier that calls it), anywhere in the list: it synthesizes through the
// guardrails, gets everything its kind gets (workload, autoscaler, budget, network policy,
// metrics and monitor, a Service and routes where it has them, its share of the quota), the
// tier that calls it may, and the API server accepts all of it.
func TestAddATier(t *testing.T) {
	needsCluster(t)
	cases := []struct {
		tier   env.Tier
		at     int
		caller string // a tier that connects to the new one
		kinds  []string
	}{
		{throwawayWorker(), -1, "", []string{"Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor", "Service", "ServiceAccount"}},
		{throwawayService(), 0, "backend", []string{"Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor", "ServiceAccount"}},
		{throwawayWeb(), 1, "", []string{"Rollout", "Service", "HTTPRoute", "TraefikService", "AnalysisTemplate", "NetworkPolicy", "ServiceMonitor"}},
	}
	for _, tc := range cases {
		t.Run(tc.tier.Name, func(t *testing.T) {
			e := env.Production()
			e.Namespace = "addtier-" + tc.tier.Name
			at := tc.at
			if at < 0 {
				at = len(e.Tiers)
			}
			e.Tiers = slices.Insert(slices.Clone(e.Tiers), at, tc.tier)
			if tc.caller != "" {
				caller := e.TierRef(tc.caller)
				caller.Connects = append(slices.Clone(caller.Connects), tc.tier.Name)
			}
			e.ImageDigests = maps.Clone(e.ImageDigests)
			e.ImageDigests[tc.tier.Name] = fmt.Sprintf("sha256:%x", sha256.Sum256([]byte(tc.tier.Name)))
			require.NoError(t, e.Validate())
			objs := manifests(t, synthFolder(t, e)) // synth.Write runs the guardrails

			name := env.ObjectName(tc.tier.Name)
			has := map[string]bool{}
			for _, o := range objs {
				if o.GetName() == name || o.GetName() == name+"-metrics" || o.GetName() == name+"-analysis" {
					has[o.GetKind()] = true
				}
			}
			for _, kind := range tc.kinds {
				assert.True(t, has[kind], "the new tier has its %s", kind)
			}
			if !tc.tier.Exposed {
				assert.False(t, has["HTTPRoute"], "no route to a tier without a Service")
			}
			if tc.tier.IngressPath == "" {
				assert.False(t, has["HTTPRoute"], "no public route to an internal tier")
			}
			if tc.caller != "" {
				policy := objectNamed(t, objs, "NetworkPolicy", name)
				froms, _, _ := unstructured.NestedSlice(policy.Object, "spec", "ingress")
				var callers []string
				for _, f := range froms {
					peers, _, _ := unstructured.NestedSlice(f.(map[string]any), "from")
					for _, p := range peers {
						if n, found, _ := unstructured.NestedString(p.(map[string]any), "podSelector", "matchLabels", "app.kubernetes.io/name"); found {
							callers = append(callers, n)
						}
					}
				}
				assert.Contains(t, callers, tc.caller, "the new tier admits the tier that calls it")
			}
			quota := objectNamed(t, objs, "ResourceQuota", env.App)
			pods, _, _ := unstructured.NestedString(quota.Object, "spec", "hard", "pods")
			assert.Equal(t, env.Quota(e)["pods"], pods)
			assert.NotEqual(t, env.Quota(env.Production())["pods"], pods, "the quota grew by the new tier's peak")

			ctx := context.Background()
			applyNamespaces(t, client, objs)
			for _, o := range objs {
				warnings, err := client.Apply(ctx, o, true)
				assert.NoError(t, err, controlplane.Describe(o))
				assert.Empty(t, warnings, controlplane.Describe(o))
			}
		})
	}
}

// objectNamed finds one object among objs.
func objectNamed(t *testing.T, objs []*unstructured.Unstructured, kind, name string) *unstructured.Unstructured {
	t.Helper()
	for _, o := range objs {
		if o.GetKind() == kind && o.GetName() == name {
			return o
		}
	}
	t.Fatalf("no %s %s", kind, name)
	return nil
}
