package verify

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/screenshot-algo/k8s/internal/controlplane"
)

const namespace = "screenshot-algo"

// nameLabel is the label that names a pod's tier.
const nameLabel = "app.kubernetes.io/name"

// TestDrainRespectsBudgets drains the node running the most workers, as `kubectl drain` does
// (cordon, then evict every pod through the eviction API, retrying what a budget refuses), and
// watches every tier's ready pods throughout: none may drop below what its PodDisruptionBudget
// guarantees, and the drain must finish.
func TestDrainRespectsBudgets(t *testing.T) {
	needsCluster(t)
	objs := productionRunning(t)
	floors := budgetFloors(t, objs)
	require.Contains(t, floors, "worker", "production has a budget for the workers")

	violations, err := drainWatched(t, floors, busiestNode(t, "worker"))
	require.NoError(t, err, "the drain must finish")
	assert.Empty(t, violations, "no tier may drop below its budget while a node drains")
}

// TestDrainWithoutBudgetIsCaught removes the workers' budget and drains every node that runs
// workers, at once, as a node group's replacement does: all the workers are then evicted
// together, and the watch must see the tier drop below the floor the budget would have held.
// This proves the test above can fail. (With the budget, such a drain would wait on it, with
// nowhere for the evicted workers to go.)
func TestDrainWithoutBudgetIsCaught(t *testing.T) {
	needsCluster(t)
	objs := productionRunning(t)
	floors := budgetFloors(t, objs)
	ctx := context.Background()
	nodes := nodesRunning(t, "worker")
	require.NoError(t, simClient.Typed.PolicyV1().PodDisruptionBudgets(namespace).Delete(ctx, "screenshot-algo-worker", metav1.DeleteOptions{}))
	t.Cleanup(func() { productionRunning(t) }) // re-applies the budget

	violations, err := drainWatched(t, floors, nodes...)
	require.NoError(t, err)
	assert.NotEmpty(t, violations, "without its budget the worker tier should have dipped below its floor")
	t.Logf("caught: %v", violations)
	for _, v := range violations {
		assert.Contains(t, v, "worker")
	}
}

// productionRunning applies dist/production, if not yet, and waits until it has rolled out.
func productionRunning(t *testing.T) []*unstructured.Unstructured {
	t.Helper()
	simulation(t)
	ctx := context.Background()
	objs := manifests(t, filepath.Join(repoRoot, "dist", "production"))
	applyNamespaces(t, simClient, objs)
	provideOutsideDependencies(t, objs)
	for _, obj := range objs {
		warnings, err := simClient.Apply(ctx, obj, false)
		require.NoError(t, err, controlplane.Describe(obj))
		require.Empty(t, warnings, controlplane.Describe(obj))
	}
	if err := simClient.WaitRolledOut(ctx, namespace, 2*time.Minute); err != nil {
		t.Fatalf("%v\n%s", err, simClient.Diagnose(ctx, namespace))
	}
	return objs
}

// budgetFloors are, per tier, the fewest ready pods its budget in dist/ guarantees during a
// voluntary disruption: the running replicas less maxUnavailable (a share of them rounded up,
// as the disruption controller does).
func budgetFloors(t *testing.T, objs []*unstructured.Unstructured) map[string]int {
	t.Helper()
	ready := readyByTier(t)
	floors := map[string]int{}
	for _, o := range objs {
		if o.GetKind() != "PodDisruptionBudget" {
			continue
		}
		var pdb policyv1.PodDisruptionBudget
		require.NoError(t, runtime.DefaultUnstructuredConverter.FromUnstructured(o.Object, &pdb))
		require.NotNil(t, pdb.Spec.MaxUnavailable, pdb.Name)
		tier := pdb.Spec.Selector.MatchLabels[nameLabel]
		allowed, err := intstr.GetScaledValueFromIntOrPercent(pdb.Spec.MaxUnavailable, ready[tier], true)
		require.NoError(t, err, pdb.Name)
		floors[tier] = ready[tier] - allowed
	}
	return floors
}

func readyByTier(t *testing.T) map[string]int {
	t.Helper()
	pods, err := simClient.Typed.CoreV1().Pods(namespace).List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	out := map[string]int{}
	for _, p := range pods.Items {
		if podReady(&p) {
			out[p.Labels[nameLabel]]++
		}
	}
	return out
}

// podReady counts a pod as available: Ready, and not already being deleted.
func podReady(p *corev1.Pod) bool {
	return p.DeletionTimestamp == nil && controlplane.PodReady(p)
}

// busiestNode is the node running the most pods of a tier.
func busiestNode(t *testing.T, tier string) string {
	t.Helper()
	pods, err := simClient.Typed.CoreV1().Pods(namespace).List(context.Background(), metav1.ListOptions{LabelSelector: nameLabel + "=" + tier})
	require.NoError(t, err)
	count := map[string]int{}
	for _, p := range pods.Items {
		if p.DeletionTimestamp == nil {
			count[p.Spec.NodeName]++
		}
	}
	best := ""
	for node, n := range count {
		if best == "" || n > count[best] || (n == count[best] && node < best) {
			best = node
		}
	}
	require.GreaterOrEqual(t, count[best], 2, "a node with two %s pods, so that a drain could take both: %v", tier, count)
	return best
}

// drainWatched drains the nodes at once while watching pods, and returns every moment a tier
// had fewer ready pods than its floor. It uncordons the nodes afterwards and waits for the app
// to recover.
func drainWatched(t *testing.T, floors map[string]int, nodes ...string) ([]string, error) {
	t.Helper()
	stop := watchFloors(t, namespace, floors)
	for _, node := range nodes {
		setUnschedulable(t, node, true)
	}
	defer func() {
		for _, node := range nodes {
			setUnschedulable(t, node, false)
		}
		if err := simClient.WaitRolledOut(context.Background(), namespace, 2*time.Minute); err != nil {
			t.Errorf("after the drain: %v\n%s", err, simClient.Diagnose(context.Background(), namespace))
		}
	}()
	errs := make(chan error, len(nodes))
	for _, node := range nodes {
		go func() { errs <- evictAll(context.Background(), node, 90*time.Second) }()
	}
	var drainErr error
	for range nodes {
		if err := <-errs; err != nil {
			drainErr = err
		}
	}
	return stop(), drainErr
}

// nodesRunning names the nodes that run pods of the tier.
func nodesRunning(t *testing.T, tier string) []string {
	t.Helper()
	pods, err := simClient.Typed.CoreV1().Pods(namespace).List(context.Background(), metav1.ListOptions{LabelSelector: nameLabel + "=" + tier})
	require.NoError(t, err)
	var nodes []string
	for _, p := range pods.Items {
		if p.Spec.NodeName != "" && !slices.Contains(nodes, p.Spec.NodeName) {
			nodes = append(nodes, p.Spec.NodeName)
		}
	}
	require.NotEmpty(t, nodes, "pods of %s", tier)
	return nodes
}

func setUnschedulable(t *testing.T, node string, on bool) {
	t.Helper()
	patch := fmt.Sprintf(`{"spec":{"unschedulable":%t}}`, on)
	_, err := simClient.Typed.CoreV1().Nodes().Patch(context.Background(), node, types.StrategicMergePatchType, []byte(patch), metav1.PatchOptions{})
	require.NoError(t, err)
}

// evictAll evicts every pod of the namespace on node at once, as `kubectl drain` does, retrying
// each eviction that a budget refuses (429), until the node holds none of them.
func evictAll(ctx context.Context, node string, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	pods, err := simClient.Typed.CoreV1().Pods(namespace).List(ctx, metav1.ListOptions{FieldSelector: "spec.nodeName=" + node})
	if err != nil {
		return err
	}
	errs := make(chan error, len(pods.Items))
	for _, p := range pods.Items {
		go func(name string) {
			for {
				err := simClient.Typed.PolicyV1().Evictions(namespace).Evict(ctx, &policyv1.Eviction{ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: namespace}})
				switch {
				case err == nil || apierrors.IsNotFound(err):
					errs <- nil
					return
				case apierrors.IsTooManyRequests(err):
					select {
					case <-ctx.Done():
						errs <- fmt.Errorf("evicting %s: still refused when the drain timed out: %w", name, err)
						return
					case <-time.After(200 * time.Millisecond):
					}
				default:
					errs <- fmt.Errorf("evicting %s: %w", name, err)
					return
				}
			}
		}(p.Name)
	}
	for range pods.Items {
		if err := <-errs; err != nil {
			return err
		}
	}
	// The drain ends when the evicted pods are gone from the node.
	for {
		left, err := simClient.Typed.CoreV1().Pods(namespace).List(ctx, metav1.ListOptions{FieldSelector: "spec.nodeName=" + node})
		if err != nil {
			return err
		}
		if len(left.Items) == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%d pods still on %s when the drain timed out", len(left.Items), node)
		case <-time.After(200 * time.Millisecond):
		}
	}
}
