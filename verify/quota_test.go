package verify

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"

	"github.com/screenshot-algo/k8s/charts"
	"github.com/screenshot-algo/k8s/constructs"
	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/synth"
)

// istioProduction is production's Istio variant.
func istioProduction(t *testing.T) charts.Environment {
	t.Helper()
	for _, v := range charts.Variants() {
		if v.Name == "istio" {
			env, ok := v.Of(charts.Production())
			require.True(t, ok)
			return env
		}
	}
	t.Fatal("no istio variant")
	return charts.Environment{}
}

// peakPodsWithSidecars creates, in a fresh namespace of the simulated cluster with quotaOf's
// ResourceQuota and LimitRange, every pod the Istio variant runs at its peak (charts.PeakPods
// of each tier, and Redis), each with the istio-proxy container that Istio's injector adds: sized
// by the pod's sidecar.istio.io/proxy* annotations, as the injector reads them, and by
// Mesh.ProxyResources's ephemeral storage, which the README requires of the injection template.
// The real ResourceQuota admission decides; it returns what it refused.
func peakPodsWithSidecars(t *testing.T, ns string, quotaOf charts.Environment) []string {
	t.Helper()
	simulation(t)
	ctx := context.Background()
	env := istioProduction(t)
	render := func(e charts.Environment) []*unstructured.Unstructured {
		require.NoError(t, e.Validate())
		files, err := synth.Render(e)
		require.NoError(t, err)
		objs, err := controlplane.DecodeManifests(synth.Bundle(files))
		require.NoError(t, err)
		return objs
	}
	_, err := simClient.Typed.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}, metav1.CreateOptions{})
	require.NoError(t, err)
	t.Cleanup(func() { simClient.Typed.CoreV1().Namespaces().Delete(context.Background(), ns, metav1.DeleteOptions{}) })
	for _, o := range render(quotaOf) {
		if o.GetKind() == "ResourceQuota" || o.GetKind() == "LimitRange" || o.GetKind() == "ServiceAccount" {
			o.SetNamespace(ns)
			_, err := simClient.Apply(ctx, o, false)
			require.NoError(t, err, controlplane.Describe(o))
		}
	}
	// The quota admits nothing until the controller has computed its usage.
	require.Eventually(t, func() bool {
		q, err := simClient.Typed.CoreV1().ResourceQuotas(ns).Get(ctx, constructs.AppName, metav1.GetOptions{})
		return err == nil && len(q.Status.Hard) > 0
	}, releaseTimeout, 250*time.Millisecond)

	peak := map[string]int64{constructs.ObjectName("redis"): 1}
	for _, tier := range env.Tiers {
		peak[constructs.ObjectName(tier.Name)] = charts.PeakPods(env, tier)
	}
	proxy := env.Mesh.ProxyResources
	var refused []string
	for _, o := range render(env) {
		switch o.GetKind() {
		case "Deployment", "Rollout", "StatefulSet":
		default:
			continue
		}
		raw, _, _ := unstructured.NestedMap(o.Object, "spec", "template")
		var tpl corev1.PodTemplateSpec
		require.NoError(t, runtime.DefaultUnstructuredConverter.FromUnstructured(raw, &tpl))
		a := tpl.Annotations
		require.NotEmpty(t, a["sidecar.istio.io/proxyCPU"], "%s: every pod in the mesh sizes its sidecar", o.GetName())
		sidecar := corev1.Container{Name: "istio-proxy", Image: "docker.io/istio/proxyv2:1.30.3", Resources: corev1.ResourceRequirements{
			Requests: corev1.ResourceList{
				corev1.ResourceCPU: resource.MustParse(a["sidecar.istio.io/proxyCPU"]), corev1.ResourceMemory: resource.MustParse(a["sidecar.istio.io/proxyMemory"]),
				corev1.ResourceEphemeralStorage: resource.MustParse(proxy.EphemeralStorage),
			},
			Limits: corev1.ResourceList{
				corev1.ResourceCPU: resource.MustParse(a["sidecar.istio.io/proxyCPULimit"]), corev1.ResourceMemory: resource.MustParse(a["sidecar.istio.io/proxyMemoryLimit"]),
				corev1.ResourceEphemeralStorage: resource.MustParse(proxy.EphemeralStorage),
			},
		}}
		for i := range peak[o.GetName()] {
			pod := &corev1.Pod{ObjectMeta: tpl.ObjectMeta, Spec: tpl.Spec}
			pod.Name, pod.Namespace = fmt.Sprintf("%s-%d", o.GetName(), i), ns
			pod.Spec.Volumes = nil // Redis's claim template; volumes play no part in the quota's count here
			for c := range pod.Spec.Containers {
				pod.Spec.Containers[c].VolumeMounts = nil
			}
			pod.Spec.Containers = append(pod.Spec.Containers, sidecar)
			if _, err := simClient.Typed.CoreV1().Pods(ns).Create(ctx, pod, metav1.CreateOptions{}); err != nil {
				require.Contains(t, err.Error(), "exceeded quota", pod.Name)
				refused = append(refused, pod.Name+": "+err.Error())
			}
		}
	}
	return refused
}

// TestIstioQuotaCountsSidecars: with the Istio variant's quota, every pod of its peak is admitted
// with its sidecar, so neither the autoscaler nor a release is refused pods.
func TestIstioQuotaCountsSidecars(t *testing.T) {
	needsCluster(t)
	assert.Empty(t, peakPodsWithSidecars(t, "quota-istio", istioProduction(t)))
}

// TestQuotaWithoutSidecarsIsCaught proves the test above can fail: the same variant's quota
// computed without the mesh refuses pods at the peak.
func TestQuotaWithoutSidecarsIsCaught(t *testing.T) {
	needsCluster(t)
	noMesh := istioProduction(t)
	noMesh.Mesh.Istio = false
	refused := peakPodsWithSidecars(t, "quota-nosidecar", noMesh)
	require.NotEmpty(t, refused, "a quota that ignores the sidecars must refuse pods at the peak")
	t.Logf("refused, e.g.: %s", strings.SplitN(refused[0], "\n", 2)[0])
}
