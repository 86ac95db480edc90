package verify

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/utils/ptr"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
)

// checkPlacement says which pods the real scheduler placed against the workers' isolation:
// a worker off the nodes its pool selector matches, or any other pod on them.
func checkPlacement(pods []corev1.Pod, nodes []corev1.Node, pool map[string]string, members map[string]bool) error {
	inPool := map[string]bool{}
	for _, n := range nodes {
		inPool[n.Name] = labels.SelectorFromSet(pool).Matches(labels.Set(n.Labels))
	}
	var errs []error
	for _, p := range pods {
		member := members[p.Labels[nameLabel]]
		switch {
		case p.Spec.NodeName == "":
			errs = append(errs, fmt.Errorf("%s is not scheduled", p.Name))
		case member && !inPool[p.Spec.NodeName]:
			errs = append(errs, fmt.Errorf("%s %s runs on %s, outside its pool %v", p.Labels[nameLabel], p.Name, p.Spec.NodeName, pool))
		case !member && inPool[p.Spec.NodeName]:
			errs = append(errs, fmt.Errorf("%s runs on %s, in the workers' pool %v", p.Name, p.Spec.NodeName, pool))
		}
	}
	return errors.Join(errs...)
}

// poolMembers names the tiers of e whose pods belong on the node pool the selector picks.
func poolMembers(e env.Environment, pool map[string]string) map[string]bool {
	out := map[string]bool{}
	for _, t := range e.Tiers {
		if len(t.Isolation.NodeSelector()) > 0 && maps.Equal(t.Isolation.NodeSelector(), pool) {
			out[t.Name] = true
		}
	}
	return out
}

// podsAndNodes lists a namespace's pods of the simulated cluster, and every node.
func podsAndNodes(t *testing.T, ns string) ([]corev1.Pod, []corev1.Node) {
	t.Helper()
	ctx := context.Background()
	pods, err := simClient.Typed.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	nodes, err := simClient.Typed.CoreV1().Nodes().List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	return pods.Items, nodes.Items
}

// scheduled waits until the scheduler has bound the pod, or has said it cannot (false, with
// its reason).
func scheduled(t *testing.T, ns, name string) (bool, string) {
	t.Helper()
	var bound bool
	var reason string
	require.Eventually(t, func() bool {
		pod, err := simClient.Typed.CoreV1().Pods(ns).Get(context.Background(), name, metav1.GetOptions{})
		require.NoError(t, err)
		if pod.Spec.NodeName != "" {
			bound = true
			return true
		}
		for _, c := range pod.Status.Conditions {
			if c.Type == corev1.PodScheduled && c.Status == corev1.ConditionFalse && c.Reason == corev1.PodReasonUnschedulable {
				reason = c.Message
				return true
			}
		}
		return false
	}, time.Minute, 250*time.Millisecond, "the scheduler decides on %s", name)
	return bound, reason
}

// TestWorkersKeepToTheirPool checks where the real scheduler put production on the simulated
// cluster: every worker on the dedicated, tainted pool its environment names (gVisor nodes in
// a real cluster), nothing else there. Two break-tests run the scheduler on changed pods: a
// worker without its selector and toleration lands outside the pool, and checkPlacement
// reports it; a backend pod that asks for the pool without the toleration is refused by the
// taint.
func TestWorkersKeepToTheirPool(t *testing.T) {
	needsCluster(t)
	objs := productionRunning(t)
	worker := workloadTemplate(t, objs, "Deployment", env.ObjectName("worker"))
	pool := worker.Spec.NodeSelector
	require.NotEmpty(t, pool, "production's workers ask for a node pool")
	pods, nodes := podsAndNodes(t, namespace)
	members := poolMembers(env.Production(), pool)
	assert.NoError(t, checkPlacement(pods, nodes, pool, members))

	const ns = "placement"
	productionBeside(t, ns)
	ctx := context.Background()
	loose := podOf(worker, "worker-without-isolation", ns)
	loose.Spec.NodeSelector, loose.Spec.Tolerations = nil, nil
	_, err := simClient.Typed.CoreV1().Pods(ns).Create(ctx, loose, metav1.CreateOptions{})
	require.NoError(t, err)
	bound, reason := scheduled(t, ns, loose.Name)
	require.True(t, bound, reason)
	pods, nodes = podsAndNodes(t, ns)
	assert.ErrorContains(t, checkPlacement(pods, nodes, pool, members), "outside its pool", "a worker outside its pool is caught")

	intruder := podOf(workloadTemplate(t, objs, "Rollout", env.ObjectName("backend")), "backend-in-the-pool", ns)
	intruder.Spec.NodeSelector = pool
	_, err = simClient.Typed.CoreV1().Pods(ns).Create(ctx, intruder, metav1.CreateOptions{})
	require.NoError(t, err)
	bound, reason = scheduled(t, ns, intruder.Name)
	assert.False(t, bound, "a pod without the workers' toleration never lands in their pool")
	assert.Contains(t, reason, "untolerated taint", "the pool's taint keeps it out")
}

// schedulingScenario prepares a test of the real scheduler: production's dependencies in the
// test's own namespace ns, and three zoned nodes dedicated to it (tainted ns); then the test
// goes on in parallel with the others.
func schedulingScenario(t *testing.T, ns string) []*unstructured.Unstructured {
	t.Helper()
	needsCluster(t)
	objs := productionBeside(t, ns)
	require.NoError(t, simClient.AddDedicatedNodes(context.Background(), ns))
	t.Parallel()
	return objs
}

// claim pins a copy of tpl to one of the test's dedicated nodes and sizes it to cpu, so that
// two pods contest the node.
func claim(tpl corev1.PodTemplateSpec, name, ns, node, cpu string) *corev1.Pod {
	p := podOf(tpl, name, ns)
	p.Spec.NodeSelector = map[string]string{corev1.LabelHostname: node}
	p.Spec.Tolerations = append(p.Spec.Tolerations, corev1.Toleration{Key: controlplane.DedicatedTaint, Value: ns, Effect: corev1.TaintEffectNoSchedule})
	p.Spec.Affinity, p.Spec.TopologySpreadConstraints = nil, nil
	for i := range p.Spec.Containers {
		p.Spec.Containers[i].Resources.Requests[corev1.ResourceCPU] = resource.MustParse(cpu)
		p.Spec.Containers[i].Resources.Limits[corev1.ResourceCPU] = resource.MustParse(cpu)
	}
	return p
}

// contest runs holder on an empty 8-CPU node, then claimant, which fits only if holder goes,
// and says whether the real scheduler preempted holder for it.
func contest(t *testing.T, ns, node string, holder, claimant *corev1.Pod) bool {
	t.Helper()
	ctx := context.Background()
	_, err := simClient.Typed.CoreV1().Pods(ns).Create(ctx, holder, metav1.CreateOptions{})
	require.NoError(t, err)
	bound, reason := scheduled(t, ns, holder.Name)
	require.True(t, bound, reason)
	_, err = simClient.Typed.CoreV1().Pods(ns).Create(ctx, claimant, metav1.CreateOptions{})
	require.NoError(t, err)
	preempted := false
	require.Eventually(t, func() bool {
		c, err := simClient.Typed.CoreV1().Pods(ns).Get(ctx, claimant.Name, metav1.GetOptions{})
		require.NoError(t, err)
		if c.Spec.NodeName == node {
			preempted = true
			return true
		}
		for _, cond := range c.Status.Conditions {
			// The scheduler has tried, and found no victim: it nominates none.
			if cond.Type == corev1.PodScheduled && cond.Reason == corev1.PodReasonUnschedulable && c.Status.NominatedNodeName == "" &&
				time.Since(cond.LastTransitionTime.Time) > 5*time.Second {
				return true
			}
		}
		return false
	}, 2*time.Minute, 250*time.Millisecond, "the scheduler decides between %s and %s", holder.Name, claimant.Name)
	return preempted
}

// TestWorkersArePreemptedFirst fills a node with a screenshot worker and then asks for room for
// a backend pod: the real scheduler evicts the worker, whose job goes back to the queue. The
// break-test swaps them: a worker never evicts the backend, nor anything else, to run.
func TestWorkersArePreemptedFirst(t *testing.T) {
	const ns = "preemption"
	objs := schedulingScenario(t, ns)

	worker := workloadTemplate(t, objs, "Deployment", env.ObjectName("worker"))
	backend := workloadTemplate(t, objs, "Rollout", env.ObjectName("backend"))
	require.NotEmpty(t, worker.Spec.PriorityClassName)
	require.NotEmpty(t, backend.Spec.PriorityClassName)

	assert.True(t, contest(t, ns, "kwok-preemption-a",
		claim(worker, "worker-holding-a-node", ns, "kwok-preemption-a", "7"),
		claim(backend, "backend-needing-room", ns, "kwok-preemption-a", "2")),
		"the backend preempts a worker")
	assert.False(t, contest(t, ns, "kwok-preemption-b",
		claim(backend, "backend-holding-a-node", ns, "kwok-preemption-b", "7"),
		claim(worker, "worker-needing-room", ns, "kwok-preemption-b", "2")),
		"a worker never preempts the backend")
}

// checkSpread says how a release's pods are spread over the zones when they are not within one
// pod of each other, the zone rule's maxSkew.
func checkSpread(perZone map[string]int) error {
	counts := make([]int, 0, len(controlplane.Zones))
	for _, z := range controlplane.Zones {
		counts = append(counts, perZone[z])
	}
	if slices.Max(counts)-slices.Min(counts) > 1 {
		return fmt.Errorf("the release's pods are skewed across the zones: %v", perZone)
	}
	return nil
}

// releaseFromOneZone rolls a copy of the worker's Deployment, on the test's own three nodes, from a first
// version pinned to one zone to a second that is free to spread, with the whole new version
// started beside the old one (as a Rollout does), and returns the new pods per zone.
func releaseFromOneZone(t *testing.T, ns, name string, tpl corev1.PodTemplateSpec) map[string]int {
	t.Helper()
	ctx := context.Background()
	tpl = *tpl.DeepCopy()
	tpl.Spec.Affinity, tpl.Spec.RuntimeClassName = nil, nil
	tpl.Spec.Tolerations = append(tpl.Spec.Tolerations, corev1.Toleration{Key: controlplane.DedicatedTaint, Value: ns, Effect: corev1.TaintEffectNoSchedule})
	tpl.Spec.NodeSelector = map[string]string{controlplane.DedicatedTaint: ns, corev1.LabelTopologyZone: controlplane.Zones[0]}
	surge, none := intstr.FromString("100%"), intstr.FromInt32(0)
	d := &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: ns},
		Spec: appsv1.DeploymentSpec{
			Replicas: ptr.To(int32(len(controlplane.Zones))),
			Selector: &metav1.LabelSelector{MatchLabels: tpl.Labels},
			Strategy: appsv1.DeploymentStrategy{Type: appsv1.RollingUpdateDeploymentStrategyType,
				RollingUpdate: &appsv1.RollingUpdateDeployment{MaxSurge: &surge, MaxUnavailable: &none}},
			Template: tpl,
		},
	}
	deployments := simClient.Typed.AppsV1().Deployments(ns)
	_, err := deployments.Create(ctx, d, metav1.CreateOptions{})
	require.NoError(t, err)
	rolledOut := func() bool {
		d, err := deployments.Get(ctx, name, metav1.GetOptions{})
		require.NoError(t, err)
		s := d.Status
		return s.ObservedGeneration == d.Generation && s.UpdatedReplicas == *d.Spec.Replicas &&
			s.Replicas == *d.Spec.Replicas && s.AvailableReplicas == *d.Spec.Replicas
	}
	require.Eventually(t, rolledOut, time.Minute, 250*time.Millisecond, "the first version of %s runs in one zone", name)

	d, err = deployments.Get(ctx, name, metav1.GetOptions{})
	require.NoError(t, err)
	delete(d.Spec.Template.Spec.NodeSelector, corev1.LabelTopologyZone)
	_, err = deployments.Update(ctx, d, metav1.UpdateOptions{})
	require.NoError(t, err)
	require.Eventually(t, rolledOut, time.Minute, 250*time.Millisecond, "the second version of %s rolls out", name)

	pods, err := simClient.Typed.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{LabelSelector: labels.SelectorFromSet(tpl.Labels).String()})
	require.NoError(t, err)
	nodes, err := simClient.Typed.CoreV1().Nodes().List(ctx, metav1.ListOptions{LabelSelector: controlplane.DedicatedTaint + "=" + ns})
	require.NoError(t, err)
	zoneOf := map[string]string{}
	for _, n := range nodes.Items {
		zoneOf[n.Name] = n.Labels[corev1.LabelTopologyZone]
	}
	perZone := map[string]int{}
	for _, p := range pods.Items {
		if p.DeletionTimestamp == nil && p.Spec.NodeSelector[corev1.LabelTopologyZone] == "" {
			perZone[zoneOf[p.Spec.NodeName]]++
		}
	}
	return perZone
}

// TestReleasesSpreadByThemselves releases a copy of production's worker whose old version sits
// in one zone, with the new version started whole beside it: the real scheduler spreads the new
// pods one per zone, because matchLabelKeys counts each version's pods apart. The break-test
// drops matchLabelKeys: the new pods, counted with the old ones, avoid the old version's zone and
// stay skewed once it is gone, which checkSpread reports.
func TestReleasesSpreadByThemselves(t *testing.T) {
	const ns = "spread"
	objs := schedulingScenario(t, ns)

	worker := workloadTemplate(t, objs, "Deployment", env.ObjectName("worker"))
	require.NotEmpty(t, worker.Spec.TopologySpreadConstraints)
	for _, c := range worker.Spec.TopologySpreadConstraints {
		require.Contains(t, c.MatchLabelKeys, "pod-template-hash", "production's workers spread each version by itself")
	}
	spread := releaseFromOneZone(t, ns, "with-match-label-keys", worker)
	t.Logf("new pods per zone, with matchLabelKeys: %v", spread)
	assert.NoError(t, checkSpread(spread))

	blind := *worker.DeepCopy()
	blind.Labels = maps.Clone(blind.Labels)
	blind.Labels["screenshot-algo.io/test"] = "blind"
	for i := range blind.Spec.TopologySpreadConstraints {
		c := &blind.Spec.TopologySpreadConstraints[i]
		c.MatchLabelKeys = nil
		c.LabelSelector = &metav1.LabelSelector{MatchLabels: blind.Labels}
	}
	skewed := releaseFromOneZone(t, ns, "without-match-label-keys", blind)
	t.Logf("new pods per zone, without: %v", skewed)
	assert.ErrorContains(t, checkSpread(skewed), "skewed", "a release that counts the old version's pods is caught")
}
