package verify

import (
	"context"
	"crypto/sha256"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
)

// thumbnailer is a tier nobody has: what a developer adding a tier writes in
// env/environments.go, and nothing more.
func thumbnailer() env.Tier {
	return env.Tier{
		Name: "thumbnailer", Component: "thumbnailer", Port: 8000, MetricsPath: "/metrics", MetricsPort: env.MetricsPort,
		LivenessPath: "/healthz", ReadinessPath: "/readyz",
		Scaling:      env.Scaling{Min: 2, Max: 6, TargetCPUPercent: 70, ScaleDownStabilizationSeconds: 300},
		Resources:    constructs.Resources{CPURequest: "200m", MemoryRequest: "256Mi", CPULimit: "500m", MemoryLimit: "512Mi", EphemeralStorage: "512Mi"},
		DrainSeconds: 30, StartupSeconds: 30, Priority: env.Preemptible,
		Alerts:   env.TierAlerts{Queue: true},
		Connects: []string{env.Redis},
	}
}

// TestAddATier adds a throwaway tier to a copy of production, as the one change a new tier
// needs (its Tier value, and its image digest where digests are required): it synthesizes
// through the guardrails, gets everything a tier gets (workload, autoscaler, budget, network
// policy, metrics and monitor, its share of the quota), and the API server accepts all of it.
func TestAddATier(t *testing.T) {
	needsCluster(t)
	e := env.Production()
	e.Tiers = append(e.Tiers, thumbnailer())
	e.ImageDigests["thumbnailer"] = fmt.Sprintf("sha256:%x", sha256.Sum256([]byte("thumbnailer")))
	require.NoError(t, e.Validate())
	objs := manifests(t, synthFolder(t, e)) // synth.Write runs the guardrails

	name := env.ObjectName("thumbnailer")
	has := map[string]bool{}
	for _, o := range objs {
		if o.GetName() == name || o.GetName() == name+"-metrics" {
			has[o.GetKind()] = true
		}
	}
	for _, kind := range []string{"Deployment", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy", "ServiceMonitor", "Service", "ServiceAccount"} {
		assert.True(t, has[kind], "the new tier has its %s", kind)
	}
	quota := objectNamed(t, objs, "ResourceQuota", e.Namespace)
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
