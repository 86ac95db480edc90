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

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/synth"
)

// istioProduction is production's Istio variant.
func istioProduction(t *testing.T) env.Environment {
	t.Helper()
	for _, v := range env.Variants() {
		if v.Name == "istio" {
			e, ok := v.Of(env.Production())
			require.True(t, ok)
			return e
		}
	}
	t.Fatal("no istio variant")
	return env.Environment{}
}

// renderEnv synthesizes env as the simulated cluster receives it.
func renderEnv(t *testing.T, e env.Environment) []*unstructured.Unstructured {
	t.Helper()
	require.NoError(t, e.Validate())
	files, err := synth.Render(e)
	require.NoError(t, err)
	objs, err := controlplane.DecodeManifests(synth.Bundle(synth.Applied(files)))
	require.NoError(t, err)
	return objs
}

// quotaNamespace creates ns in the simulated cluster with quotaOf's ResourceQuota, LimitRange,
// ServiceAccounts, PriorityClasses and RuntimeClass, what a pod of the app needs to be admitted, and waits
// until the quota controller has computed the quota's usage: until then it admits nothing.
func quotaNamespace(t *testing.T, ns string, quotaOf env.Environment) {
	t.Helper()
	simulation(t)
	ctx := context.Background()
	_, err := simClient.Typed.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}, metav1.CreateOptions{})
	require.NoError(t, err)
	deleteNamespaceAtEnd(t, ns)
	objs := renderEnv(t, quotaOf)
	// The RuntimeClass and node pool the isolated workers ask for, as the cluster provides them.
	require.NoError(t, simClient.ProvideIsolation(ctx, objs))
	for _, o := range objs {
		switch o.GetKind() {
		case "ResourceQuota", "LimitRange", "ServiceAccount":
			o.SetNamespace(ns)
		case "PriorityClass":
		default:
			continue
		}
		_, err := simClient.Apply(ctx, o, false)
		require.NoError(t, err, controlplane.Describe(o))
	}
	require.Eventually(t, func() bool {
		q, err := simClient.Typed.CoreV1().ResourceQuotas(ns).Get(ctx, env.App, metav1.GetOptions{})
		return err == nil && len(q.Status.Hard) > 0
	}, releaseTimeout, 250*time.Millisecond)
}

// peakPodsWithSidecars creates, in a fresh namespace of the simulated cluster with quotaOf's
// ResourceQuota and LimitRange, every pod the Istio variant runs at its peak (env.PeakPods
// of each tier, and Redis), each with the istio-proxy container that Istio's injector adds: sized
// by the pod's sidecar.istio.io/proxy* annotations, as the injector reads them, and by
// Mesh.ProxyResources's ephemeral storage, which docs/delivery.md requires of the injection template.
// The real ResourceQuota admission decides; it returns what it refused.
func peakPodsWithSidecars(t *testing.T, ns string, quotaOf env.Environment) []string {
	t.Helper()
	e := istioProduction(t)
	quotaNamespace(t, ns, quotaOf)

	peak := map[string]int64{env.ObjectName("redis"): 1}
	for _, tier := range e.Tiers {
		peak[env.ObjectName(tier.Name)] = env.PeakPods(tier)
	}
	proxy := e.Mesh.ProxyResources
	var refused []string
	for _, o := range renderEnv(t, e) {
		switch o.GetKind() {
		case "Deployment", "Rollout", "StatefulSet":
		default:
			continue
		}
		tpl := podTemplate(t, o)
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
			pod := podOf(tpl, fmt.Sprintf("%s-%d", o.GetName(), i), ns)
			pod.Spec.Volumes = nil // Redis's claim template; volumes play no part in the quota's count here
			for c := range pod.Spec.Containers {
				pod.Spec.Containers[c].VolumeMounts = nil
			}
			for c := range pod.Spec.InitContainers {
				pod.Spec.InitContainers[c].VolumeMounts = nil
			}
			pod.Spec.Containers = append(pod.Spec.Containers, sidecar)
			refused = append(refused, admit(t, pod)...)
		}
	}
	return refused
}

// admit creates pod and returns nothing, or, when the ResourceQuota refuses it, why; any other
// refusal fails the test.
func admit(t *testing.T, pod *corev1.Pod) []string {
	t.Helper()
	_, err := simClient.Typed.CoreV1().Pods(pod.Namespace).Create(context.Background(), pod, metav1.CreateOptions{})
	if err == nil {
		return nil
	}
	require.Contains(t, err.Error(), "exceeded quota", pod.Name)
	return []string{pod.Name + ": " + err.Error()}
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

// workersReplacedWhileStopping runs production's workers at their maximum in a namespace with
// production's quota, its pods count set to hardPods, the workers' share of it, then deletes them
// all and at once starts as many new ones: what a fast rollout, or a scale-down followed by a
// scale-up, does. The old workers are bound to a node that never confirms their exit, as a
// worker finishing a screenshot job does not for up to its grace period, so they keep their
// quota while the new ones are admitted, or refused, by the real ResourceQuota admission. It
// returns what was refused.
func workersReplacedWhileStopping(t *testing.T, ns, hardPods string) []string {
	t.Helper()
	ctx := context.Background()
	e := env.Production()
	quotaNamespace(t, ns, e)
	{
		q, err := simClient.Typed.CoreV1().ResourceQuotas(ns).Get(ctx, env.App, metav1.GetOptions{})
		require.NoError(t, err)
		q.Spec.Hard[corev1.ResourcePods] = resource.MustParse(hardPods)
		_, err = simClient.Typed.CoreV1().ResourceQuotas(ns).Update(ctx, q, metav1.UpdateOptions{})
		require.NoError(t, err)
		require.Eventually(t, func() bool {
			q, err := simClient.Typed.CoreV1().ResourceQuotas(ns).Get(ctx, env.App, metav1.GetOptions{})
			return err == nil && q.Status.Hard.Pods().String() == hardPods
		}, releaseTimeout, 250*time.Millisecond)
	}
	tpl := workloadTemplate(t, renderEnv(t, e), "Deployment", env.ObjectName("worker"))
	max := int(e.TierRef("worker").Scaling.Max)
	for i := range max {
		old := podOf(tpl, fmt.Sprintf("worker-old-%d", i), ns)
		old.Spec.NodeName = "node-that-never-answers"
		_, err := simClient.Typed.CoreV1().Pods(ns).Create(ctx, old, metav1.CreateOptions{})
		require.NoError(t, err, "the old version at its maximum fits any quota")
	}
	for i := range max {
		require.NoError(t, simClient.Typed.CoreV1().Pods(ns).Delete(ctx, fmt.Sprintf("worker-old-%d", i), metav1.DeleteOptions{}))
	}
	stopping, err := simClient.Typed.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	require.Len(t, stopping.Items, max, "the old workers are still stopping")
	for _, p := range stopping.Items {
		require.NotNil(t, p.DeletionTimestamp, p.Name)
		require.Equal(t, *tpl.Spec.TerminationGracePeriodSeconds, *p.DeletionGracePeriodSeconds, "%s stops within the worker's grace period", p.Name)
	}
	var refused []string
	for i := range max {
		fresh := podOf(tpl, fmt.Sprintf("worker-new-%d", i), ns)
		// Left unscheduled: only the admission matters here.
		fresh.Spec.SchedulingGates = []corev1.PodSchedulingGate{{Name: "screenshot-algo.io/quota-test"}}
		refused = append(refused, admit(t, fresh)...)
	}
	return refused
}

// TestQuotaCountsStoppingWorkers: the workers' share of production's quota, env.PeakPods,
// admits a whole new set of workers while the old set is still stopping.
func TestQuotaCountsStoppingWorkers(t *testing.T) {
	needsCluster(t)
	worker, _ := env.Production().TierNamed("worker")
	share := env.PeakPods(worker)
	assert.Empty(t, workersReplacedWhileStopping(t, "quota-stopping", fmt.Sprint(share)))
}

// TestQuotaWithoutStoppingWorkersIsCaught proves the test above can fail: the workers' share as
// it was computed before, their maximum plus a 25% rolling-update surge (25 pods), refuses new
// workers while the old ones stop.
func TestQuotaWithoutStoppingWorkersIsCaught(t *testing.T) {
	needsCluster(t)
	refused := workersReplacedWhileStopping(t, "quota-nostopping", "25")
	require.NotEmpty(t, refused, "a quota without room for stopping workers must refuse new ones")
	t.Logf("refused %d new workers, e.g.: %s", len(refused), strings.SplitN(refused[0], "\n", 2)[0])
}
