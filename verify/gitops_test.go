package verify

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/watch"

	"github.com/screenshot-algo/k8s/deploy"
	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/synth"
)

// TestArgoCDObjectsDryRun sends each environment's committed Argo CD AppProject and Application
// (dist/<env>/argocd) to the API server, which serves the CRDs of the pinned Argo CD release, as
// a strict server-side dry run into Argo CD's namespace. Any error or warning fails.
func TestArgoCDObjectsDryRun(t *testing.T) {
	needsCluster(t)
	ctx := context.Background()
	for _, e := range env.Environments() {
		t.Run(e.Name, func(t *testing.T) {
			ns := e.GitOps.ArgoCDNamespace
			_, err := client.Typed.CoreV1().Namespaces().Create(ctx, &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: ns}}, metav1.CreateOptions{})
			if !apierrors.IsAlreadyExists(err) {
				require.NoError(t, err)
			}
			paths, err := filepath.Glob(filepath.Join(repoRoot, "dist", e.Name, synth.GitOpsDir, "*.yaml"))
			require.NoError(t, err)
			objs, err := controlplane.ReadManifests(paths...)
			require.NoError(t, err)
			kinds := map[string]bool{}
			for _, obj := range objs {
				kinds[obj.GetKind()] = true
				warnings, err := client.Apply(ctx, obj, true)
				assert.NoError(t, err, controlplane.Describe(obj))
				assert.Empty(t, warnings, controlplane.Describe(obj))
			}
			assert.Equal(t, map[string]bool{"AppProject": true, "Application": true}, kinds)
		})
	}
}

// argoCDNamespace is where the simulated cluster's Argo CD runs and reads Applications.
const argoCDNamespace = "argocd"

// TestArgoCDSyncsProduction runs the real Argo CD (application controller and repo server of
// the pinned release) against the simulated cluster, with the real Argo Rollouts controller,
// and has it sync production from a git repository holding the output as `go run .` writes it,
// through the Application that the output itself holds. It watches that:
//   - the first sync applies the objects wave after wave, in the order of their apply ranks, and
//     ends Synced and Healthy;
//   - a later commit syncs every object again without undoing what controllers own: the
//     Rollouts controller's rollouts-pod-template-hash stays in the Services' selectors, and a
//     replica count an autoscaler set stays;
//   - it prunes an object the output no longer holds, but neither the Namespace nor someone
//     else's object.
//
// The real Traefik serves the Gateways and routes, and writes their status, which Argo CD judges
// their health by. The simulated cluster runs no cert-manager or External Secrets: the test
// writes the status those would write (standInControllers), and provides the Secrets that
// they would.
func TestArgoCDSyncsProduction(t *testing.T) {
	needsCluster(t)
	frontDoorUp(t)
	e, objs := deployScenario(t, "gitops", "g1")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	startArgoCD(t)

	repo := t.TempDir()
	git(t, repo, "init", "-q", "-b", "main")
	e.GitOps = env.GitOpsSettings{RepoURL: "file://" + repo, Revision: "main", Path: "dist/" + e.Name,
		ArgoCDNamespace: argoCDNamespace, DestinationServer: "https://kubernetes.default.svc", AutoSync: true, Prune: true, SelfHeal: true}
	require.NoError(t, e.Validate())
	jsiiMu.Lock()
	_, err := synth.Write([]env.Environment{e}, filepath.Join(repo, "dist"))
	jsiiMu.Unlock()
	require.NoError(t, err)
	commit(t, repo, "production")
	folder := filepath.Join(repo, "dist", e.Name)

	go standInControllers(ctx, e.Namespace)
	created := watchCreations(t, ctx, e.Namespace, objs)
	app := env.ObjectName(e.Name)
	kubectl(t, "apply", "-k", filepath.Join(folder, synth.GitOpsDir))
	t.Cleanup(func() {
		// The Application has no deletion finalizer: deleting it leaves the environment, whose
		// namespace the scenario deletes.
		kubectl(t, "-n", argoCDNamespace, "delete", "application,appproject", app, "--ignore-not-found")
	})
	first := waitSynced(t, app, 5*time.Minute)
	t.Logf("first sync of %s: %s", first.revision, first.message)

	t.Run("first sync goes wave by wave", func(t *testing.T) {
		order := created()
		waves := map[string]int{}
		for _, o := range objs {
			w, err := strconv.Atoi(o.GetAnnotations()[synth.SyncWaveAnnotation])
			require.NoError(t, err, "%s has a sync wave", controlplane.Describe(o))
			waves[o.GetKind()+"/"+o.GetName()] = w
		}
		var inOrder []string
		for _, key := range order {
			if _, ok := waves[key]; ok {
				inOrder = append(inOrder, key)
			}
		}
		require.NotEmpty(t, inOrder, "Argo CD created the objects")
		for i := 1; i < len(inOrder); i++ {
			assert.LessOrEqual(t, waves[inOrder[i-1]], waves[inOrder[i]], "%s (wave %d) was created before %s (wave %d)",
				inOrder[i-1], waves[inOrder[i-1]], inOrder[i], waves[inOrder[i]])
		}
		t.Logf("created in this order: %s", strings.Join(inOrder, ", "))
	})

	// What controllers and people do between two commits.
	hashes := map[string]string{}
	for _, tier := range []string{"frontend", "backend"} {
		name := env.ObjectName(tier)
		hashes[name] = serviceHash(t, e.Namespace, name)
		require.NotEmpty(t, hashes[name], "the Rollouts controller pinned Service %s to its stable pods", name)
	}
	backend := env.ObjectName("backend")
	kubectl(t, "-n", e.Namespace, "scale", "rollout", backend, "--replicas=4")
	foreign := &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "someone-elses", Namespace: e.Namespace}}
	_, err = simClient.Typed.CoreV1().ConfigMaps(e.Namespace).Create(ctx, foreign, metav1.CreateOptions{})
	require.NoError(t, err)

	// The next commit changes the log level, drops the worker's ServiceMonitor, and no longer
	// holds the Namespace.
	config := filepath.Join(folder, "41-configmap-"+env.ObjectName("config")+".yaml")
	b, err := os.ReadFile(config)
	require.NoError(t, err)
	require.Contains(t, string(b), "LOG_LEVEL: "+e.LogLevel)
	require.NoError(t, os.WriteFile(config, []byte(strings.Replace(string(b), "LOG_LEVEL: "+e.LogLevel, "LOG_LEVEL: debug", 1)), 0o644))
	monitor := "85-servicemonitor-" + env.ObjectName("worker") + ".yaml"
	git(t, repo, "rm", "-q", filepath.Join("dist", e.Name, monitor), filepath.Join("dist", e.Name, synth.ClusterDir, "00-namespace-"+e.Namespace+".yaml"))
	second := commit(t, repo, "log at debug, no worker monitor, no namespace")
	// What git's push webhook does: Argo CD otherwise notices a new commit when its cache of
	// the branch expires, within three minutes.
	kubectl(t, "-n", argoCDNamespace, "annotate", "application", app, "argocd.argoproj.io/refresh=hard", "--overwrite")
	synced := waitSyncedAt(t, app, second, []string{"Namespace/" + e.Namespace}, 3*time.Minute)
	t.Logf("second sync of %s: %s", synced.revision, synced.message)

	t.Run("a sync keeps what controllers own", func(t *testing.T) {
		live, err := simClient.Typed.CoreV1().ConfigMaps(e.Namespace).Get(ctx, env.ObjectName("config"), metav1.GetOptions{})
		require.NoError(t, err)
		assert.Equal(t, "debug", live.Data["LOG_LEVEL"], "the commit was applied")
		for name, hash := range hashes {
			assert.Equal(t, hash, serviceHash(t, e.Namespace, name), "Service %s still selects only the stable pods", name)
		}
		replicas := kubectl(t, "-n", e.Namespace, "get", "rollout", backend, "-o", "jsonpath={.spec.replicas}")
		assert.Equal(t, "4", replicas, "the autoscaler's replica count stays")
	})
	t.Run("deploy refuses an environment that Argo CD syncs", func(t *testing.T) {
		before := liveState(t, e.Namespace, objs)
		_, err := deployTo(ctx, e, objs, deploy.Target{Config: sim.Config}, deploy.Options{ClaimCluster: true, Timeout: time.Minute})
		require.Error(t, err)
		assert.Contains(t, err.Error(), `Argo CD Application "`+app+`" syncs namespace `+e.Namespace)
		assert.Equal(t, before, liveState(t, e.Namespace, objs), "nothing was applied")
	})
	t.Run("a sync prunes what the output dropped, and only that", func(t *testing.T) {
		assert.False(t, existsNamed(t, e.Namespace, "monitoring.coreos.com/v1", "ServiceMonitor", env.ObjectName("worker")), "the dropped ServiceMonitor is pruned")
		ns, err := simClient.Typed.CoreV1().Namespaces().Get(ctx, e.Namespace, metav1.GetOptions{})
		require.NoError(t, err, "the Namespace is never pruned")
		assert.Nil(t, ns.DeletionTimestamp, "the Namespace is never pruned")
		_, err = simClient.Typed.CoreV1().ConfigMaps(e.Namespace).Get(ctx, foreign.Name, metav1.GetOptions{})
		assert.NoError(t, err, "someone else's ConfigMap is untouched")
	})
}

// startArgoCD starts Argo CD in the simulated cluster once.
func startArgoCD(t *testing.T) {
	t.Helper()
	argoCDOnce.Do(func() { argoCDErr = sim.StartArgoCD(context.Background(), simClient, argoCDNamespace, redisServer(t)) })
	require.NoError(t, argoCDErr)
}

var (
	argoCDOnce sync.Once
	argoCDErr  error
)

// git runs git in dir, as a person without a global configuration.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir,
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=test@example.com", "GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=test@example.com")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %s:\n%s", strings.Join(args, " "), out)
	return strings.TrimSpace(string(out))
}

// commit commits everything in repo and returns the commit's hash.
func commit(t *testing.T, repo, message string) string {
	t.Helper()
	git(t, repo, "add", "-A")
	git(t, repo, "commit", "-q", "-m", message)
	return git(t, repo, "rev-parse", "HEAD")
}

// syncState is what a test reads of an Application's status.
type syncState struct {
	revision, sync, health, phase, message string
	// failed are the objects the last sync could not apply, with Argo CD's reason.
	failed []string
	// unhealthy are the objects Argo CD does not find healthy, or whose wait failed the sync.
	unhealthy []string
	// outOfSync are the objects whose live state differs from the commit's.
	outOfSync []string
}

func readApplication(t *testing.T, name string) syncState {
	t.Helper()
	app, err := simClient.Dynamic().Resource(controlplane.ApplicationsGVR).Namespace(argoCDNamespace).Get(context.Background(), name, metav1.GetOptions{})
	require.NoError(t, err)
	s := func(path ...string) string {
		v, _, _ := unstructured.NestedString(app.Object, append([]string{"status"}, path...)...)
		return v
	}
	state := syncState{revision: s("sync", "revision"), sync: s("sync", "status"), health: s("health", "status"),
		phase: s("operationState", "phase"), message: s("operationState", "message")}
	results, _, _ := unstructured.NestedSlice(app.Object, "status", "operationState", "syncResult", "resources")
	for _, r := range results {
		r := r.(map[string]any)
		if r["status"] == "SyncFailed" {
			state.failed = append(state.failed, fmt.Sprintf("%s/%s: %s", r["kind"], r["name"], r["message"]))
		}
		if r["hookPhase"] == "Failed" {
			state.unhealthy = append(state.unhealthy, fmt.Sprintf("%s/%s: %s", r["kind"], r["name"], r["message"]))
		}
	}
	resources, _, _ := unstructured.NestedSlice(app.Object, "status", "resources")
	for _, r := range resources {
		r := r.(map[string]any)
		if r["status"] != "Synced" {
			state.outOfSync = append(state.outOfSync, fmt.Sprintf("%s/%s", r["kind"], r["name"]))
		}
		if h, _ := r["health"].(map[string]any); h != nil && h["status"] != "Healthy" {
			state.unhealthy = append(state.unhealthy, fmt.Sprintf("%s/%s is %s: %s", r["kind"], r["name"], h["status"], h["message"]))
		}
	}
	return state
}

// waitSynced waits until the Application's last sync succeeded and it is Synced and Healthy.
func waitSynced(t *testing.T, name string, timeout time.Duration) syncState {
	t.Helper()
	return waitSyncedAt(t, name, "", nil, timeout)
}

// waitSyncedAt is waitSynced at a revision ("" for any), where the objects named in outOfSync
// ("Kind/name") must be out of sync and the rest in sync: an object the commit no longer holds
// but which must never be pruned stays out of sync, and with it the Application.
func waitSyncedAt(t *testing.T, name, revision string, outOfSync []string, timeout time.Duration) syncState {
	t.Helper()
	var last syncState
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		last = readApplication(t, name)
		want := "Synced"
		if len(outOfSync) > 0 {
			want = "OutOfSync"
		}
		if last.sync == want && slices.Equal(last.outOfSync, outOfSync) && last.health == "Healthy" && last.phase == "Succeeded" &&
			(revision == "" || last.revision == revision) {
			return last
		}
		require.Empty(t, last.failed, "Argo CD could not apply these: %s", last.message)
		require.NotEqual(t, "Failed", last.phase, "the sync failed: %s", last.message)
		time.Sleep(time.Second)
	}
	t.Fatalf("Application %s is %+v after %s, not Synced and Healthy at %q; Argo CD's log:\n%s", name, last, timeout, revision, sim.Logs("argocd-application-controller", 30))
	return last
}

// existsNamed says whether an object of that apiVersion, kind and name exists and is not being
// deleted.
func existsNamed(t *testing.T, namespace, apiVersion, kind, name string) bool {
	t.Helper()
	o := &unstructured.Unstructured{}
	o.SetAPIVersion(apiVersion)
	o.SetKind(kind)
	o.SetNamespace(namespace)
	o.SetName(name)
	live, err := simClient.Get(context.Background(), o)
	if apierrors.IsNotFound(err) {
		return false
	}
	require.NoError(t, err)
	return live.GetDeletionTimestamp() == nil
}

// watchCreations watches every kind of objs in namespace (and the cluster-scoped ones) from now
// on, and returns a function that lists "Kind/name" of each object created since, in the order
// the API server stored them (by resourceVersion: one etcd orders every write).
func watchCreations(t *testing.T, ctx context.Context, namespace string, objs []*unstructured.Unstructured) func() []string {
	t.Helper()
	type creation struct {
		key string
		rv  int64
	}
	var mu sync.Mutex
	var seen []creation
	kinds := map[string]*unstructured.Unstructured{}
	for _, o := range objs {
		kinds[o.GetAPIVersion()+"/"+o.GetKind()] = o
	}
	for _, o := range kinds {
		probe := &unstructured.Unstructured{}
		probe.SetAPIVersion(o.GetAPIVersion())
		probe.SetKind(o.GetKind())
		probe.SetNamespace(namespace)
		res, err := simClient.Resource(probe)
		require.NoError(t, err)
		list, err := res.List(ctx, metav1.ListOptions{})
		require.NoError(t, err)
		w, err := res.Watch(ctx, metav1.ListOptions{ResourceVersion: list.GetResourceVersion()})
		require.NoError(t, err)
		go func() {
			defer w.Stop()
			for ev := range w.ResultChan() {
				u, ok := ev.Object.(*unstructured.Unstructured)
				if ev.Type != watch.Added || !ok {
					continue
				}
				rv, _ := strconv.ParseInt(u.GetResourceVersion(), 10, 64)
				mu.Lock()
				seen = append(seen, creation{u.GetKind() + "/" + u.GetName(), rv})
				mu.Unlock()
			}
		}()
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		sorted := slices.Clone(seen)
		slices.SortFunc(sorted, func(a, b creation) int { return cmp.Compare(a.rv, b.rv) })
		var keys []string
		for _, c := range sorted {
			keys = append(keys, c.key)
		}
		return keys
	}
}

// standInControllers writes, until ctx ends, the status that the controllers the simulated
// cluster lacks would write in namespace: a legacy ingress controller's address on each
// Ingress, cert-manager's Ready on each Certificate and Issuer, External Secrets' Ready on each
// SecretStore and ExternalSecret. Argo CD judges these objects' health by that status.
func standInControllers(ctx context.Context, namespace string) {
	ready := map[string]any{"conditions": []any{map[string]any{"type": "Ready", "status": "True", "reason": "SimulatedCluster", "message": "set by the test"}}}
	kinds := []struct {
		gvr    schema.GroupVersionResource
		status map[string]any
	}{
		{schema.GroupVersionResource{Group: "networking.k8s.io", Version: "v1", Resource: "ingresses"},
			map[string]any{"loadBalancer": map[string]any{"ingress": []any{map[string]any{"ip": "192.0.2.10"}}}}},
		{schema.GroupVersionResource{Group: "cert-manager.io", Version: "v1", Resource: "certificates"}, ready},
		{schema.GroupVersionResource{Group: "cert-manager.io", Version: "v1", Resource: "issuers"}, ready},
		{schema.GroupVersionResource{Group: "external-secrets.io", Version: "v1", Resource: "secretstores"}, ready},
		{schema.GroupVersionResource{Group: "external-secrets.io", Version: "v1", Resource: "externalsecrets"}, ready},
	}
	for ctx.Err() == nil {
		for _, k := range kinds {
			res := simClient.Dynamic().Resource(k.gvr).Namespace(namespace)
			list, err := res.List(ctx, metav1.ListOptions{})
			if err != nil {
				continue
			}
			for _, o := range list.Items {
				if reflect.DeepEqual(o.Object["status"], k.status) {
					continue
				}
				o.Object["status"] = k.status
				_, _ = res.UpdateStatus(ctx, &o, metav1.UpdateOptions{})
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
}
