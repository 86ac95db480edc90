package verify

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	schedulingv1 "k8s.io/api/scheduling/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/types"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
)

var nodeClaimsGVR = schema.GroupVersionResource{Group: "karpenter.sh", Version: "v1", Resource: "nodeclaims"}

// startKarpenter starts Karpenter's kwok provider on the simulated cluster, once.
func startKarpenter(t *testing.T) {
	t.Helper()
	karpenterOnce.Do(func() {
		karpenterErr = sim.StartKarpenter(context.Background(), simClient, repoRoot, "karpenter")
	})
	require.NoError(t, karpenterErr)
}

var (
	karpenterOnce sync.Once
	karpenterErr  error
)

// karpenterScenario readies a test of Karpenter: production's dependencies in the test's own
// namespace ns (productionBeside) and Karpenter running; then the test goes on in parallel
// with the others, its NodePools named for ns so that no other test's pods match them.
func karpenterScenario(t *testing.T, ns string) []*unstructured.Unstructured {
	t.Helper()
	needsCluster(t)
	objs := productionBeside(t, ns)
	startKarpenter(t)
	t.Parallel()
	return objs
}

// TestKarpenterProvisionsWorkers runs the real Karpenter (its kwok provider, v1.8.0) with a
// NodePool for the workers' dedicated pool as docs/cluster.md describes it: the pool's label,
// its NoSchedule taint. The workers, as production's output defines them but in a pool of
// this test's own (so that no other test's pods match), start with no node in the pool and
// are raised to their autoscaler's maximum: Karpenter launches nodes that carry the label and
// the taint, and every worker runs. It also provisions for a worker at priority -100, below
// Cluster Autoscaler's expendable cutoff (-10): Karpenter has no such cutoff, so on Cluster
// Autoscaler it is the guardrail autoscaled-pods-get-nodes that keeps the workers above it.
func TestKarpenterProvisionsWorkers(t *testing.T) {
	const ns = "karpenter-workers"
	objs := karpenterScenario(t, ns)
	ctx := context.Background()
	e := env.Production()
	worker, ok := e.TierNamed("worker")
	require.True(t, ok)

	tpl := workloadTemplate(t, objs, "Deployment", env.ObjectName("worker"))
	pool := ns // a pool of this test's own
	tpl.Spec.NodeSelector = map[string]string{env.NodePoolLabel: pool}
	for i, tol := range tpl.Spec.Tolerations {
		if tol.Key == env.NodePoolLabel {
			tpl.Spec.Tolerations[i].Value = pool
		}
	}
	applyNodePool(t, pool, true)

	replicas := worker.Scaling.Max
	dep := &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Name: "workers", Namespace: ns},
		Spec: appsv1.DeploymentSpec{
			Replicas: &replicas,
			Selector: &metav1.LabelSelector{MatchLabels: tpl.Labels},
			Template: tpl,
		},
	}
	_, err := simClient.Typed.AppsV1().Deployments(ns).Create(ctx, dep, metav1.CreateOptions{})
	require.NoError(t, err)

	running := func(selector map[string]string) func() bool {
		return func() bool {
			pods, err := simClient.Typed.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{LabelSelector: labels.SelectorFromSet(selector).String()})
			if err != nil {
				return false
			}
			n := 0
			for _, p := range pods.Items {
				if p.Status.Phase == corev1.PodRunning {
					n++
				}
			}
			return n > 0 && n == len(pods.Items)
		}
	}
	start := time.Now()
	require.Eventually(t, running(tpl.Labels), 3*time.Minute, time.Second,
		"Karpenter gives the workers nodes; its log:\n%s", sim.Logs("karpenter", 30))
	t.Logf("%d workers running on Karpenter's nodes %s after their Deployment", replicas, time.Since(start).Round(time.Second))

	nodes, err := simClient.Typed.CoreV1().Nodes().List(ctx, metav1.ListOptions{LabelSelector: env.NodePoolLabel + "=" + pool})
	require.NoError(t, err)
	require.NotEmpty(t, nodes.Items, "Karpenter launched the pool's nodes")
	for _, n := range nodes.Items {
		assert.Equal(t, pool, n.Labels["karpenter.sh/nodepool"], "node %s is the NodePool's", n.Name)
		assert.Contains(t, n.Spec.Taints, corev1.Taint{Key: env.NodePoolLabel, Value: pool, Effect: corev1.TaintEffectNoSchedule}, "node %s keeps other pods out", n.Name)
	}
	claims, err := simClient.Dynamic().Resource(nodeClaimsGVR).List(ctx, metav1.ListOptions{LabelSelector: "karpenter.sh/nodepool=" + pool})
	require.NoError(t, err)
	t.Logf("NodeClaims: %d for %d workers", len(claims.Items), replicas)

	// A worker below Cluster Autoscaler's expendable cutoff: Karpenter provisions it all the same.
	never := corev1.PreemptNever
	low := &schedulingv1.PriorityClass{ObjectMeta: metav1.ObjectMeta{Name: ns + "-expendable"}, Value: -100, PreemptionPolicy: &never}
	_, err = simClient.Typed.SchedulingV1().PriorityClasses().Create(ctx, low, metav1.CreateOptions{})
	require.NoError(t, err)
	t.Cleanup(func() {
		_ = simClient.Typed.SchedulingV1().PriorityClasses().Delete(context.Background(), low.Name, metav1.DeleteOptions{})
	})
	expendable := podOf(tpl, "expendable-worker", ns)
	expendable.Labels = map[string]string{"screenshot-algo.io/test": "expendable"}
	expendable.Spec.PriorityClassName, expendable.Spec.Priority = low.Name, nil
	// More CPU than any node of the pool has: it needs a node of its own.
	most := resource.MustParse("0")
	for _, n := range nodes.Items {
		if c := n.Status.Allocatable[corev1.ResourceCPU]; c.Cmp(most) > 0 {
			most = c
		}
	}
	most.Add(resource.MustParse("1"))
	expendable.Spec.Containers[0].Resources.Requests[corev1.ResourceCPU] = most
	expendable.Spec.Containers[0].Resources.Limits[corev1.ResourceCPU] = most
	_, err = simClient.Typed.CoreV1().Pods(ns).Create(ctx, expendable, metav1.CreateOptions{})
	require.NoError(t, err)
	assert.Eventually(t, running(expendable.Labels), 3*time.Minute, time.Second,
		"Karpenter provisions for a pod at priority -100 too: no expendable cutoff; its log:\n%s", sim.Logs("karpenter", 20))

	// Break-test: a NodePool whose nodes do not carry the pool's label gives the workers
	// nothing: they select that label, and stay Pending.
	unlabelled := pool + "-unlabelled"
	applyNodePool(t, unlabelled, false)
	stray := podOf(tpl, "worker-of-an-unlabelled-pool", ns)
	stray.Labels = map[string]string{"screenshot-algo.io/test": "unlabelled"}
	stray.Spec.NodeSelector = map[string]string{env.NodePoolLabel: unlabelled}
	_, err = simClient.Typed.CoreV1().Pods(ns).Create(ctx, stray, metav1.CreateOptions{})
	require.NoError(t, err)
	time.Sleep(30 * time.Second)
	p, err := simClient.Typed.CoreV1().Pods(ns).Get(ctx, stray.Name, metav1.GetOptions{})
	require.NoError(t, err)
	assert.Equal(t, corev1.PodPending, p.Status.Phase, "no node for a worker whose pool's NodePool does not label its nodes")
}

// applyNodePool creates a Karpenter NodePool named pool on the kwok NodeClass whose nodes carry
// the workers' pool taint and, when labelled, the pool's label, as docs/cluster.md describes it.
func applyNodePool(t *testing.T, pool string, labelled bool) {
	t.Helper()
	template := map[string]any{
		"spec": map[string]any{
			"taints": []any{map[string]any{"key": env.NodePoolLabel, "value": pool, "effect": "NoSchedule"}},
			"requirements": []any{
				map[string]any{"key": "kubernetes.io/os", "operator": "In", "values": []any{"linux"}},
				map[string]any{"key": "karpenter.sh/capacity-type", "operator": "In", "values": []any{"on-demand"}},
			},
			"nodeClassRef": map[string]any{"group": "karpenter.kwok.sh", "kind": "KWOKNodeClass", "name": controlplane.KarpenterNodeClass},
		},
	}
	if labelled {
		template["metadata"] = map[string]any{"labels": map[string]any{env.NodePoolLabel: pool}}
	}
	nodePool := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "karpenter.sh/v1", "kind": "NodePool",
		"metadata": map[string]any{"name": pool},
		"spec":     map[string]any{"template": template},
	}}
	_, err := simClient.Apply(context.Background(), nodePool, false)
	require.NoError(t, err)
	t.Cleanup(func() {
		if res, err := simClient.Resource(nodePool); err == nil {
			_ = res.Delete(context.Background(), pool, metav1.DeleteOptions{})
		}
	})
}

// TestKarpenterLeavesRedisInPlace runs Redis's pod, as production's output defines it, on a
// Karpenter node that consolidation wants to replace: it shares the node with a bigger pod
// until that one goes, then is alone on a node larger than it needs. With its
// karpenter.sh/do-not-disrupt annotation, Karpenter leaves it where it is (a move is an EBS
// detach and attach plus an append-only file reload). Break-test: the same pod without the
// annotation is evicted by the consolidation.
func TestKarpenterLeavesRedisInPlace(t *testing.T) {
	const ns = "karpenter-redis"
	objs := karpenterScenario(t, ns)
	ctx := context.Background()
	redis := workloadTemplate(t, objs, "StatefulSet", env.ObjectName(env.Redis))
	require.Equal(t, "true", redis.Annotations["karpenter.sh/do-not-disrupt"], "the output marks Redis's pod")

	cases := []struct {
		name        string
		annotated   bool
		wantEvicted bool
	}{
		{"as the output defines it", true, false},
		{"without karpenter.sh/do-not-disrupt", false, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pool := ns + map[bool]string{true: "-kept", false: "-moved"}[tc.annotated]
			applyConsolidatingNodePool(t, pool)
			place := func(p *corev1.Pod) {
				p.Spec.NodeSelector = map[string]string{env.NodePoolLabel: pool}
				p.Spec.Tolerations = append(p.Spec.Tolerations, corev1.Toleration{Key: env.NodePoolLabel, Operator: corev1.TolerationOpEqual, Value: pool, Effect: corev1.TaintEffectNoSchedule})
			}
			pod := podOf(redis, "redis-"+pool, ns)
			// The claim's volume is the cloud's; here the data is a scratch folder.
			pod.Spec.Volumes = append(pod.Spec.Volumes, corev1.Volume{Name: "data", VolumeSource: corev1.VolumeSource{EmptyDir: &corev1.EmptyDirVolumeSource{}}})
			if !tc.annotated {
				delete(pod.Annotations, "karpenter.sh/do-not-disrupt")
			}
			place(pod)
			// A bigger pod of the same restricted shape, that may be moved.
			filler := podOf(redis, "filler-"+pool, ns)
			filler.Labels, filler.Annotations = map[string]string{"screenshot-algo.io/test": "filler"}, nil
			filler.Spec.Volumes = pod.Spec.Volumes
			big := corev1.ResourceList{corev1.ResourceCPU: resource.MustParse("6"), corev1.ResourceMemory: resource.MustParse("8Gi")}
			filler.Spec.Containers = filler.Spec.Containers[:1]
			filler.Spec.Containers[0].Resources.Requests, filler.Spec.Containers[0].Resources.Limits = big, big
			// On Redis's node: Karpenter launches one node for both, larger than Redis alone needs.
			filler.Spec.Affinity = &corev1.Affinity{PodAffinity: &corev1.PodAffinity{RequiredDuringSchedulingIgnoredDuringExecution: []corev1.PodAffinityTerm{{
				LabelSelector: &metav1.LabelSelector{MatchLabels: redis.Labels}, TopologyKey: "kubernetes.io/hostname",
			}}}}
			place(filler)
			for _, p := range []*corev1.Pod{pod, filler} {
				_, err := simClient.Typed.CoreV1().Pods(ns).Create(ctx, p, metav1.CreateOptions{})
				require.NoError(t, err)
			}
			var node string
			require.Eventually(t, func() bool {
				p, err := simClient.Typed.CoreV1().Pods(ns).Get(ctx, pod.Name, metav1.GetOptions{})
				node = ""
				if err == nil && p.Status.Phase == corev1.PodRunning {
					node = p.Spec.NodeName
				}
				return node != ""
			}, 3*time.Minute, time.Second, "Redis runs on a Karpenter node; its log:\n%s", sim.Logs("karpenter", 20))
			// The bigger pod goes: Redis is alone on a node larger than it needs.
			require.NoError(t, simClient.Typed.CoreV1().Pods(ns).Delete(ctx, filler.Name, metav1.DeleteOptions{GracePeriodSeconds: new(int64)}))

			evicted := func() bool {
				p, err := simClient.Typed.CoreV1().Pods(ns).Get(ctx, pod.Name, metav1.GetOptions{})
				return err != nil || p.DeletionTimestamp != nil || p.Spec.NodeName != node
			}
			if tc.wantEvicted {
				assert.Eventually(t, evicted, 3*time.Minute, time.Second, "consolidation moves a Redis without the annotation; Karpenter's log:\n%s", sim.Logs("karpenter", 20))
				return
			}
			assert.Never(t, evicted, 90*time.Second, 2*time.Second, "Karpenter leaves Redis on its node")
		})
	}
}

// applyConsolidatingNodePool is applyNodePool for a pool that consolidation empties and shrinks
// as soon as it can.
func applyConsolidatingNodePool(t *testing.T, pool string) {
	t.Helper()
	applyNodePool(t, pool, true)
	np := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "karpenter.sh/v1", "kind": "NodePool",
		"metadata": map[string]any{"name": pool},
		"spec": map[string]any{"disruption": map[string]any{
			"consolidationPolicy": "WhenEmptyOrUnderutilized", "consolidateAfter": "0s",
		}},
	}}
	res, err := simClient.Resource(np)
	require.NoError(t, err)
	body, err := np.MarshalJSON()
	require.NoError(t, err)
	_, err = res.Patch(context.Background(), pool, types.MergePatchType, body, metav1.PatchOptions{})
	require.NoError(t, err)
}
