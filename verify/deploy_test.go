package verify

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	schedulingv1 "k8s.io/api/scheduling/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"github.com/screenshot-algo/k8s/deploy"
	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/synth"
)

// TestDeploy runs `deploy` against the simulated cluster, where kube-controller-manager, the
// scheduler, kwok and the Argo Rollouts controller really roll production out: the guards, the
// first deploy and its wait, a re-deploy that changes nothing, a dry run, and prunes that take
// what the output dropped and keep what they must.
func TestDeploy(t *testing.T) {
	e, objs := deployScenario(t, "deploy-production", "d1")
	ctx := context.Background()
	target := deploy.Target{Config: sim.Config}
	run := func(e env.Environment, objs []*unstructured.Unstructured, o deploy.Options) (*deploy.Summary, error) {
		o.Timeout = 3 * time.Minute
		o.Progress = logWriter{t}
		return deployTo(ctx, e, objs, target, o)
	}
	identity := simClient.Typed.CoreV1().ConfigMaps(deploy.IdentityNamespace)

	t.Run("an unclaimed cluster is refused", func(t *testing.T) {
		// No other scenario may claim the cluster between the delete and the deploy.
		clusterIdentity.Lock()
		defer clusterIdentity.Unlock()
		err := identity.Delete(ctx, deploy.IdentityName, metav1.DeleteOptions{})
		if !apierrors.IsNotFound(err) {
			require.NoError(t, err)
		}
		before := liveState(t, e.Namespace, objs)
		_, err = run(e, objs, deploy.Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), "--claim-cluster")
		assert.Equal(t, before, liveState(t, e.Namespace, objs), "nothing was applied")
	})

	t.Run("the first deploy claims the cluster and waits for the rollout", func(t *testing.T) {
		s, err := run(e, objs, deploy.Options{ClaimCluster: true})
		require.NoError(t, err, simClient.Diagnose(ctx, e.Namespace))
		assert.NotEmpty(t, s.Created)
		assert.Empty(t, s.Pruned)
		cm, err := identity.Get(ctx, deploy.IdentityName, metav1.GetOptions{})
		require.NoError(t, err)
		assert.Equal(t, "production", cm.Data["environment"])
		// Deploy returned only once everything had rolled out.
		require.NoError(t, simClient.WaitRolledOut(ctx, e.Namespace, time.Second), simClient.Diagnose(ctx, e.Namespace))
	})

	t.Run("another environment's deploy is refused", func(t *testing.T) {
		staging := env.Staging()
		staging.Namespace = "deploy-staging"
		staging.Cluster.Context = ""
		_, err := run(staging, manifests(t, synthFolder(t, staging)), deploy.Options{ClaimCluster: true})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `belongs to "production"`)
		_, err = simClient.Typed.CoreV1().Namespaces().Get(ctx, staging.Namespace, metav1.GetOptions{})
		assert.True(t, apierrors.IsNotFound(err), "nothing of staging was applied")
	})

	t.Run("another kube context is refused", func(t *testing.T) {
		guarded := e
		guarded.Cluster.Context = "screenshot-algo-production"
		before := liveState(t, e.Namespace, objs)
		_, err := deploy.Deploy(ctx, guarded, objs, deploy.Target{Config: sim.Config, Context: "kind-screenshot-algo"}, deploy.Options{})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `"kind-screenshot-algo"`)
		assert.Contains(t, err.Error(), `"screenshot-algo-production"`)
		assert.Equal(t, before, liveState(t, e.Namespace, objs), "nothing was applied")
	})

	t.Run("an unchanged output changes nothing", func(t *testing.T) {
		s, err := run(e, objs, deploy.Options{DryRun: true})
		require.NoError(t, err)
		assert.Empty(t, s.Configured, "a dry run finds nothing to change")
		s, err = run(e, objs, deploy.Options{})
		require.NoError(t, err)
		assert.Empty(t, s.Created)
		assert.Empty(t, s.Configured)
		assert.Len(t, s.Unchanged, len(objs))
		assert.Empty(t, s.Pruned)
	})

	// Someone else's object in the namespace, which no deploy may touch.
	foreign := &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "made-by-hand", Namespace: e.Namespace}, Data: map[string]string{"k": "v"}}
	_, err := simClient.Typed.CoreV1().ConfigMaps(e.Namespace).Create(ctx, foreign, metav1.CreateOptions{})
	require.NoError(t, err)

	// A changed output: one NetworkPolicy renamed.
	renamed, oldName := renameOne(t, objs, "NetworkPolicy")

	t.Run("a dry run changes nothing", func(t *testing.T) {
		before := liveState(t, e.Namespace, append(objs, renamed...))
		s, err := run(e, renamed, deploy.Options{DryRun: true})
		require.NoError(t, err)
		assert.Len(t, s.Created, 1, "the renamed policy would be created")
		assert.Equal(t, []string{"NetworkPolicy/" + oldName}, s.Pruned, "the old name would be pruned")
		assert.Equal(t, before, liveState(t, e.Namespace, append(objs, renamed...)))
	})

	t.Run("a renamed policy replaces the old one", func(t *testing.T) {
		s, err := run(e, renamed, deploy.Options{})
		require.NoError(t, err)
		assert.Len(t, s.Created, 1)
		assert.Equal(t, []string{"NetworkPolicy/" + oldName}, s.Pruned)
		_, err = simClient.Typed.NetworkingV1().NetworkPolicies(e.Namespace).Get(ctx, oldName, metav1.GetOptions{})
		assert.True(t, apierrors.IsNotFound(err), "the old policy is gone")
		_, err = simClient.Typed.CoreV1().ConfigMaps(e.Namespace).Get(ctx, foreign.Name, metav1.GetOptions{})
		assert.NoError(t, err, "someone else's ConfigMap is untouched")
	})

	t.Run("a PriorityClass whose value changed is replaced", func(t *testing.T) {
		// Its value cannot change in place: the API server refuses the apply. A class of this
		// test's own, since PriorityClasses are cluster-wide and other scenarios use the app's.
		class := "deploy-test-replaced"
		_, err := simClient.Typed.SchedulingV1().PriorityClasses().Create(ctx, &schedulingv1.PriorityClass{
			ObjectMeta: metav1.ObjectMeta{Name: class}, Value: -7}, metav1.CreateOptions{})
		require.NoError(t, err)
		t.Cleanup(func() {
			_ = simClient.Typed.SchedulingV1().PriorityClasses().Delete(ctx, class, metav1.DeleteOptions{})
		})
		changed := &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": "scheduling.k8s.io/v1", "kind": "PriorityClass",
			"metadata": map[string]any{"name": class, "annotations": map[string]any{"argocd.argoproj.io/sync-wave": "0"}},
			"value":    int64(-6), "preemptionPolicy": "Never",
		}}
		_, err = run(e, append([]*unstructured.Unstructured{changed}, renamed...), deploy.Options{})
		require.NoError(t, err)
		live, err := simClient.Typed.SchedulingV1().PriorityClasses().Get(ctx, class, metav1.GetOptions{})
		require.NoError(t, err)
		assert.Equal(t, int32(-6), live.Value, "the PriorityClass has the output's value")
	})

	t.Run("the Namespace and Redis's claim are never pruned", func(t *testing.T) {
		var withoutNamespace []*unstructured.Unstructured
		for _, o := range renamed {
			if o.GetKind() != "Namespace" {
				withoutNamespace = append(withoutNamespace, o)
			}
		}
		s, err := run(e, withoutNamespace, deploy.Options{})
		require.NoError(t, err)
		assert.Empty(t, s.Pruned)
		assert.Equal(t, []string{"Namespace/" + e.Namespace + " (never pruned)"}, s.Kept)
		ns, err := simClient.Typed.CoreV1().Namespaces().Get(ctx, e.Namespace, metav1.GetOptions{})
		require.NoError(t, err)
		assert.Nil(t, ns.DeletionTimestamp)
		claims, err := simClient.Typed.CoreV1().PersistentVolumeClaims(e.Namespace).List(ctx, metav1.ListOptions{})
		require.NoError(t, err)
		assert.NotEmpty(t, claims.Items, "Redis's claim is there")
		_, err = simClient.Typed.CoreV1().ConfigMaps(e.Namespace).Get(ctx, foreign.Name, metav1.GetOptions{})
		assert.NoError(t, err, "someone else's ConfigMap is untouched")
	})
}

// TestDeploySwitchesStrategies deploys production with its web tiers released by Argo Rollouts,
// then with plain Deployments, then with Rollouts again, on the simulated cluster with the real
// Rollouts controller. Each switch must keep every budget (ready pods watched throughout), leave
// no workload of the old kind, and leave the Services reaching the new pods with no selector key
// or mark of a Rollout that is gone.
func TestDeploySwitchesStrategies(t *testing.T) {
	withRollouts, rolloutObjs := deployScenario(t, "deploy-switch", "d2")
	ctx := context.Background()
	plain := withRollouts
	plain.Delivery.ArgoRollouts = false
	plainObjs := manifests(t, synthFolder(t, plain))
	deployed(t, withRollouts, rolloutObjs)

	t.Run("a switch that is not rolled out in time prunes nothing", func(t *testing.T) {
		_, err := deployTo(ctx, plain, plainObjs, deploy.Target{Config: sim.Config},
			deploy.Options{ClaimCluster: true, Timeout: time.Millisecond, Progress: logWriter{t}})
		require.Error(t, err, "the Deployments cannot be ready within a millisecond")
		assert.Contains(t, err.Error(), "not rolled out within 1ms")
		for _, tier := range []string{"frontend", "backend"} {
			assert.True(t, exists(t, withRollouts.Namespace, "Rollout", env.ObjectName(tier)), "the Rollout still serves %s", tier)
		}
		inventory, err := simClient.Typed.CoreV1().ConfigMaps(plain.Namespace).Get(ctx, deploy.InventoryName, metav1.GetOptions{})
		require.NoError(t, err)
		for _, tier := range []string{"frontend", "backend"} {
			assert.Contains(t, inventory.Data["objects"], "_"+env.ObjectName(tier)+"_argoproj.io_Rollout", "the next deploy still knows the Rollout to prune")
		}
	})

	for _, step := range []struct {
		name     string
		e        env.Environment
		objs     []*unstructured.Unstructured
		old, new string
	}{
		{"to Deployments", plain, plainObjs, "Rollout", "Deployment"},
		{"back to Rollouts", withRollouts, rolloutObjs, "Deployment", "Rollout"},
	} {
		t.Run(step.name, func(t *testing.T) {
			stop := watchFloors(t, withRollouts.Namespace, budgetFloorsIn(t, withRollouts.Namespace, step.objs))
			s := deployed(t, step.e, step.objs)
			assert.Empty(t, stop(), "no tier may drop below its budget during the switch")
			assert.Empty(t, orphans(t, withRollouts.Namespace, step.objs), "no workload of the old output runs")
			for _, tier := range []string{"frontend", "backend"} {
				name := env.ObjectName(tier)
				assert.Contains(t, s.Pruned, step.old+"/"+name, "the %s is pruned", step.old)
				assert.True(t, exists(t, withRollouts.Namespace, step.new, name), "%s/%s runs", step.new, name)
				assert.False(t, exists(t, withRollouts.Namespace, step.old, name), "no %s/%s is left", step.old, name)
				svc, err := simClient.Typed.CoreV1().Services(withRollouts.Namespace).Get(ctx, name, metav1.GetOptions{})
				require.NoError(t, err)
				if step.new == "Deployment" {
					assert.NotContains(t, svc.Spec.Selector, "rollouts-pod-template-hash", "no stale selector")
					assert.NotContains(t, svc.Annotations, "argo-rollouts.argoproj.io/managed-by-rollouts", "no mark of a gone Rollout")
				}
				assert.NotEmpty(t, readyEndpointPods(t, withRollouts.Namespace, name), "Service %s reaches ready pods", name)
			}
		})
	}
}

// TestDeployPrunesTheMeshTurnedOff deploys production inside the Istio mesh, then without it:
// the second deploy prunes every mesh object (the PeerAuthentications, the DestinationRules),
// and only once the tiers rolled out without their mesh annotations.
func TestDeployPrunesTheMeshTurnedOff(t *testing.T) {
	plain, plainObjs := deployScenario(t, "deploy-mesh", "d3")
	ctx := context.Background()
	meshed := plain
	meshed.Mesh.Istio = true
	require.NoError(t, meshed.Validate())
	meshObjs := manifests(t, synthFolder(t, meshed))
	deployed(t, meshed, meshObjs)
	var mesh []*unstructured.Unstructured
	for _, o := range meshObjs {
		if strings.HasSuffix(o.GetAPIVersion(), "istio.io/v1") {
			mesh = append(mesh, o)
			require.True(t, existsNamed(t, o.GetNamespace(), o.GetAPIVersion(), o.GetKind(), o.GetName()), "%s runs", controlplane.Describe(o))
		}
	}
	require.NotEmpty(t, mesh, "the mesh has objects of its own")

	s := deployed(t, plain, plainObjs)
	for _, o := range mesh {
		assert.Contains(t, s.Pruned, o.GetKind()+"/"+o.GetName(), "the deploy without the mesh prunes it")
		assert.False(t, existsNamed(t, o.GetNamespace(), o.GetAPIVersion(), o.GetKind(), o.GetName()), "%s is gone", controlplane.Describe(o))
	}
	ns, err := simClient.Typed.CoreV1().Namespaces().Get(ctx, plain.Namespace, metav1.GetOptions{})
	require.NoError(t, err)
	assert.NotContains(t, ns.Labels, "istio-injection", "the namespace leaves the mesh")
}

// deployed deploys objs, e's output, to the simulated cluster, and fails the test if that fails.
func deployed(t *testing.T, e env.Environment, objs []*unstructured.Unstructured) *deploy.Summary {
	t.Helper()
	ctx := context.Background()
	s, err := deployTo(ctx, e, objs, deploy.Target{Config: sim.Config},
		deploy.Options{ClaimCluster: true, Timeout: 3 * time.Minute, Progress: logWriter{t}})
	require.NoError(t, err, simClient.Diagnose(ctx, e.Namespace))
	return s
}

// clusterIdentity keeps the scenarios that deploy with ClaimCluster, which create the
// cluster-wide identity ConfigMap when it is missing, out of the one subtest that needs the
// cluster unclaimed: the scenarios run in parallel on one simulated cluster.
var clusterIdentity sync.RWMutex

// deployTo is deploy.Deploy for the scenarios: a deploy that may claim the cluster waits while
// a test holds it unclaimed.
func deployTo(ctx context.Context, e env.Environment, objs []*unstructured.Unstructured, t deploy.Target, o deploy.Options) (*deploy.Summary, error) {
	if o.ClaimCluster {
		clusterIdentity.RLock()
		defer clusterIdentity.RUnlock()
	}
	return deploy.Deploy(ctx, e, objs, t, o)
}

// deployScenario readies the simulated cluster for deploying production into namespace ns, in
// parallel with the other scenarios, with node pools of its own named after pools (short: node
// names are label values, at most 63 bytes): it returns the environment, reached without a kubeconfig
// context, and its synthesized objects, with what the cluster must provide already there.
func deployScenario(t *testing.T, ns, pools string) (env.Environment, []*unstructured.Unstructured) {
	t.Helper()
	needsCluster(t)
	simulation(t)
	t.Parallel()
	e := env.Production()
	e.Namespace = ns
	e.Cluster.Context = ""
	objs := manifests(t, synthFolder(t, e))
	applyNamespaces(t, simClient, objs)
	provideOutsideDependencies(t, objs)
	// Room of its own, as the release scenarios have: production at up to twice its size while
	// a switch runs both kinds of workload, beside every other scenario.
	require.NoError(t, simClient.AddNodes(context.Background(), pools))
	require.NoError(t, simClient.ProvideIsolationPools(context.Background(), objs, pools))
	return e, objs
}

// exists says whether the namespace holds an object of kind (Deployment or Rollout) named name.
func exists(t *testing.T, namespace, kind, name string) bool {
	t.Helper()
	return existsNamed(t, namespace, map[string]string{"Deployment": "apps/v1", "Rollout": "argoproj.io/v1alpha1"}[kind], kind, name)
}

// logWriter sends a deploy's progress lines to the test log.
type logWriter struct{ t *testing.T }

func (w logWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// renameOne returns copies of objs with the first object of kind renamed, and its old name.
func renameOne(t *testing.T, objs []*unstructured.Unstructured, kind string) ([]*unstructured.Unstructured, string) {
	t.Helper()
	var out []*unstructured.Unstructured
	old := ""
	for _, o := range objs {
		o = o.DeepCopy()
		if o.GetKind() == kind && old == "" {
			old = o.GetName()
			o.SetName(o.GetName() + "-renamed")
		}
		out = append(out, o)
	}
	require.NotEmpty(t, old, "no %s to rename", kind)
	return out, old
}

// liveState is, for each of objs, what deploy last wrote to it (its field manager's entry:
// when, and which fields; "absent" when the object does not exist), and every ConfigMap of the
// namespace by resourceVersion: two equal states mean deploy wrote nothing.
func liveState(t *testing.T, namespace string, objs []*unstructured.Unstructured) map[string]string {
	t.Helper()
	ctx := context.Background()
	state := map[string]string{}
	for _, o := range objs {
		key := o.GetKind() + "/" + o.GetNamespace() + "/" + o.GetName()
		live, err := simClient.Get(ctx, o)
		switch {
		case apierrors.IsNotFound(err):
			state[key] = "absent"
		default:
			require.NoError(t, err, key)
			// What deploy last wrote, not the resource version: the controllers write status
			// (an autoscaler's, a Rollout's) at any time.
			state[key] = "applied by nothing"
			for _, m := range live.GetManagedFields() {
				if m.Manager == deploy.FieldManager {
					state[key] = fmt.Sprintf("applied at %s: %x", m.Time, sha256.Sum256(m.FieldsV1.Raw))
				}
			}
		}
	}
	cms, err := simClient.Typed.CoreV1().ConfigMaps(namespace).List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	for _, cm := range cms.Items {
		state["ConfigMap/"+cm.Namespace+"/"+cm.Name] = cm.ResourceVersion
	}
	return state
}

// TestApplyingAllOfDistFailsLoudly measures what kubectl does with the output as a whole, with
// the real kubectl against the API server (server-side dry runs, so nothing is kept): applying
// dist/ applies nothing and says to deploy one environment; applying it recursively cannot be
// stopped from applying the environments' objects, but it exits non-zero with the same words
// instead of silently leaving whichever environment came last.
func TestApplyingAllOfDistFailsLoudly(t *testing.T) {
	needsCluster(t)
	dist := filepath.Join(repoRoot, "dist")
	require.FileExists(t, filepath.Join(dist, synth.GuardFile))
	for _, c := range []struct {
		name    string
		args    []string
		applies bool
	}{
		{"kubectl apply -f dist", []string{"apply", "-f", dist}, false},
		{"kubectl apply -R -f dist", []string{"apply", "-R", "-f", dist}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(filepath.Join(binDir, "kubectl"), append(c.args, "--dry-run=server", "--kubeconfig", cluster.Kubeconfig)...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			require.Error(t, err, "it must fail")
			assert.Contains(t, stderr.String(), `no matches for kind "ApplyOneEnvironmentOnly"`)
			assert.Contains(t, stderr.String(), "use-go-run-deploy-env-or-kubectl-apply-k-dist-env")
			assert.Equal(t, c.applies, stdout.Len() > 0, "what kubectl applied besides:\n%s", stdout.String())
		})
	}
}

// TestDeployMovesBetweenFrontDoors deploys production on the legacy ingress-nginx, then served
// by both front doors while DNS moves (Ingress.MigratingFrom), then on Traefik alone, as
// docs/runbooks/front-door.md says. The second deploy adds the Gateway API objects and keeps the
// Ingresses, and the Rollouts reweight on both routers; the third prunes the Ingresses, while
// users' requests flow through the real Traefik, none of which fails.
func TestDeployMovesBetweenFrontDoors(t *testing.T) {
	needsCluster(t)
	frontDoorUp(t)
	e, _ := deployScenario(t, "deploy-frontdoor", "d4")
	ownHosts(&e)
	legacy, both, traefik := e, e, e
	legacy.Ingress.Controller = env.IngressNginx
	both.Ingress.MigratingFrom = env.IngressNginx
	steps := []struct {
		name    string
		e       env.Environment
		objs    []*unstructured.Unstructured
		routing []string
	}{
		{name: "on ingress-nginx", e: legacy, routing: []string{"nginx"}},
		{name: "served by both while DNS moves", e: both, routing: []string{"nginx", "traefik"}},
		{name: "on Traefik alone", e: traefik, routing: []string{"traefik"}},
	}
	for i := range steps {
		require.NoError(t, steps[i].e.Validate())
		steps[i].objs = manifests(t, synthFolder(t, steps[i].e))
		provideCertificates(t, steps[i].objs)
	}
	startStandIns(t, e.Namespace, versionAnswers(e.Namespace, nil), nil)
	public, path := publicEntry(e), tierPath(e, "backend")
	var users *load
	for i, step := range steps {
		t.Run(step.name, func(t *testing.T) {
			s := deployed(t, step.e, step.objs)
			for _, tier := range []string{"frontend", "backend"} {
				assert.Equal(t, step.routing, canaryRouters(t, e.Namespace, env.ObjectName(tier)), "%s reweights on every front door that serves it", tier)
			}
			_, ingresses := step.e.IngressFrontDoor()
			_, gateways := step.e.GatewayFrontDoor()
			assert.Equal(t, ingresses, existsNamed(t, e.Namespace, "networking.k8s.io/v1", "Ingress", env.ObjectName("backend")), "the Ingress exists exactly when ingress-nginx serves")
			assert.Equal(t, gateways, existsNamed(t, e.Namespace, "gateway.networking.k8s.io/v1", "HTTPRoute", env.ObjectName("backend")), "the HTTPRoute exists exactly when Traefik serves")
			if i == len(steps)-1 {
				assert.Contains(t, s.Pruned, "Ingress/"+env.ObjectName("backend"), "the last deploy prunes the old front door's routes")
			} else {
				assert.Empty(t, s.Pruned, "nothing is pruned while a front door may still get users")
			}
			if gateways && users == nil {
				awaitVersion(t, public, path, e.ImageTag)
				users = public.steady(path, steadyRate)
			}
		})
	}
	require.NotNil(t, users)
	time.Sleep(3 * time.Second) // Traefik's throttle, and a little traffic after the prune
	answers := users.end()
	assert.NoError(t, noFailures(answers), "no request through Traefik failed while the Ingresses were pruned")
	assert.Greater(t, len(answers), 100)
}

// canaryRouters lists the traffic routers the Rollout's canary reweights, by name, sorted.
func canaryRouters(t *testing.T, ns, name string) []string {
	t.Helper()
	ro, err := simClient.Rollout(context.Background(), ns, name)
	require.NoError(t, err)
	routing, _, _ := unstructured.NestedMap(ro.Object, "spec", "strategy", "canary", "trafficRouting")
	var out []string
	for router := range routing {
		out = append(out, router)
	}
	sort.Strings(out)
	return out
}
