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
	// The release runbook's rollback needs a release to hold: the backend releases as a canary,
	// judged by the release tests' Prometheus (which has no series of it: nothing fails).
	releaseSetUp(t)
	e, objs := deployScenario(t, "gitops", "g1")
	e.TierRef("backend").Strategy = env.Canary
	e.Monitoring.PrometheusURL = promURL
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
	monitors, err := filepath.Glob(filepath.Join(folder, "*-servicemonitor-"+env.ObjectName("worker")+".yaml"))
	require.NoError(t, err)
	require.Len(t, monitors, 1, "the worker's ServiceMonitor")
	monitor := filepath.Base(monitors[0])
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

	gitOpsRunbook(t, e, repo, app, second, []string{"Namespace/" + e.Namespace})
}

// gitOpsRunbook runs the "Under Argo CD" section of docs/runbooks/releases.md, command by
// command as written, against the real Argo CD syncing app from repo (last synced at head,
// with outOfSync the objects that stay so): a bad release holds the sync at the Rollout and
// what comes after it; the rollback (terminate-op, abort, revert, push, sync) brings the stable
// version back and the Application Synced and Healthy at the revert; without terminate-op, the
// revert does not sync while a paused release holds the sync; and self-heal undoes a kubectl
// change until the runbook turns it off, and git's Application turns it back on.
func gitOpsRunbook(t *testing.T, e env.Environment, repo, app, head string, outOfSync []string) {
	backend := env.ObjectName("backend")
	// A clone to work in, as a person does; the repository Argo CD reads takes its pushes.
	git(t, repo, "config", "receive.denyCurrentBranch", "updateInstead")
	work := filepath.Join(t.TempDir(), "work")
	git(t, filepath.Dir(work), "clone", "-q", repo, work)
	folder := filepath.Join(work, "dist", e.Name)
	stableImage := rolloutImage(t, e.Namespace, backend)
	hpaMax := func() string {
		return kubectl(t, "-n", e.Namespace, "get", "hpa", backend, "-o", "jsonpath={.spec.maxReplicas}")
	}
	maxBefore := hpaMax()

	vars := map[string]string{"NS": e.Namespace, "APP": app}
	refresh := func() {
		kubectl(t, "-n", argoCDNamespace, "annotate", "application", app, "argocd.argoproj.io/refresh=hard", "--overwrite")
	}
	// badRelease commits and pushes a new backend image with a higher autoscaler maximum, has
	// Argo CD sync it (sync starts the sync), and waits until the release holds the sync.
	badRelease := func(t *testing.T, tag string, sync func()) string {
		t.Helper()
		edit(t, folder, "*-rollout-"+backend+".yaml", stableImage, strings.Replace(stableImage, "@sha256:", "-"+tag+"@sha256:", 1))
		edit(t, folder, "*-horizontalpodautoscaler-"+backend+".yaml", "maxReplicas: "+maxBefore, "maxReplicas: 21")
		bad := commit(t, work, "a bad release: "+tag)
		git(t, work, "push", "-q", "origin", "main")
		sync()
		waitApplication(t, app, "the bad release's sync held at the Rollout", 3*time.Minute, func(s syncState) bool {
			return s.phase == "Running" && s.operationRevision == bad
		})
		waitRollout(t, e.Namespace, backend, 2*time.Minute, "paused at its first canary step", func(s rolloutStatus) bool {
			return s.phase == "Paused" && s.currentHash != s.stableHash
		})
		return bad
	}
	revertWithoutRunbook := func(t *testing.T) string {
		git(t, work, "revert", "--no-edit", vars["COMMIT"])
		git(t, work, "push", "-q", "origin", "main")
		return git(t, work, "rev-parse", "HEAD")
	}
	rolledBack := func(t *testing.T, revert string) {
		t.Helper()
		// A sync that failed on the way (the held one, after the abort) does not count.
		waitApplication(t, app, "Synced and Healthy at the revert", 3*time.Minute, syncedAt(revert, outOfSync))
		s := waitHealthy(t, e.Namespace, backend, time.Minute)
		assert.Equal(t, stableImage, rolloutImage(t, e.Namespace, backend), "the stable version's template is back")
		assert.Equal(t, s.stableHash, s.currentHash, "no new release: the stable version is the current one")
		assert.Equal(t, maxBefore, hpaMax())
	}

	t.Run("a paused release holds the sync and what comes after it", func(t *testing.T) {
		vars["COMMIT"] = badRelease(t, "bad1", refresh)
		time.Sleep(5 * time.Second)
		assert.Equal(t, "Running", readApplication(t, app).phase, "the sync waits for the release")
		assert.Equal(t, maxBefore, hpaMax(), "the same commit's autoscaler (a later wave) is not applied while the release is paused")
	})
	// From here the Application syncs when a person says so, as production's does.
	kubectl(t, "-n", argoCDNamespace, "patch", "application", app, "--type", "json", "-p", `[{"op":"remove","path":"/spec/syncPolicy/automated"}]`)
	t.Run("terminate-op, abort, revert and sync roll back", func(t *testing.T) {
		runbookCommands(t, work, vars, "Roll back a bad release")
		rolledBack(t, git(t, work, "rev-parse", "HEAD"))
	})
	t.Run("a held sync keeps the revert out until terminate-op", func(t *testing.T) {
		vars["COMMIT"] = badRelease(t, "bad2", func() { runShell(t, work, vars, []string{"argocd app sync $APP --async"}) })
		// The revert without the abort and terminate-op: the held sync goes on, and refuses
		// another.
		revert := revertWithoutRunbook(t)
		out, err := shell(t, work, vars, "argocd app sync $APP")
		require.Error(t, err, "a sync beside the held one")
		assert.Contains(t, out, "another operation is already in progress")
		held := readApplication(t, app)
		assert.Equal(t, "Running", held.phase, "the bad release's sync still runs")
		assert.NotEqual(t, revert, held.revision, "the revert is not synced while the release holds the sync")
		// The runbook's Argo CD lines: terminate-op, wait, sync.
		var lines []string
		for _, l := range runbookLines(t, "Roll back a bad release") {
			if strings.HasPrefix(l, "argocd ") {
				lines = append(lines, l)
			}
		}
		require.Len(t, lines, 3)
		runShell(t, work, vars, lines)
		rolledBack(t, revert)
	})
	t.Run("self-heal undoes kubectl until turned off, and git's Application turns it back on", func(t *testing.T) {
		worker := env.ObjectName("worker")
		workerMax := func() string {
			return kubectl(t, "-n", e.Namespace, "get", "hpa", worker, "-o", "jsonpath={.spec.maxReplicas}")
		}
		want := workerMax()
		lines := runbookLines(t, "Changes that self-heal undoes")
		require.Len(t, lines, 3)
		disable, patch, restore := lines[0], lines[1], lines[2]
		// The runbook refuses to switch an Application without automated sync (production).
		_, err := shell(t, work, vars, disable)
		require.Error(t, err, "the patch's test operation refuses an Application without automated sync")
		// git's Application: automated sync and self-heal, as staging's.
		runShell(t, work, vars, []string{restore})
		// Self-heal on: the patch is undone.
		runShell(t, work, vars, []string{patch})
		assert.Eventually(t, func() bool { return workerMax() == want }, time.Minute, time.Second, "self-heal puts the autoscaler back")
		// Off, then the patch holds.
		runShell(t, work, vars, []string{disable, patch})
		time.Sleep(20 * time.Second)
		assert.Equal(t, "30", workerMax(), "with self-heal off the repair holds")
		// git's Application again: self-heal on, and the autoscaler back.
		runShell(t, work, vars, []string{restore})
		assert.Eventually(t, func() bool { return workerMax() == want }, time.Minute, time.Second, "self-heal is back on")
	})
}

// rolloutImage is the image of the first container of a Rollout's template.
func rolloutImage(t *testing.T, ns, name string) string {
	t.Helper()
	return kubectl(t, "-n", ns, "get", "rollout", name, "-o", "jsonpath={.spec.template.spec.containers[0].image}")
}

// edit replaces old with new in the one file of folder matching pattern.
func edit(t *testing.T, folder, pattern, old, new string) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(folder, pattern))
	require.NoError(t, err)
	require.Len(t, paths, 1, pattern)
	b, err := os.ReadFile(paths[0])
	require.NoError(t, err)
	require.Contains(t, string(b), old, paths[0])
	require.NoError(t, os.WriteFile(paths[0], []byte(strings.Replace(string(b), old, new, 1)), 0o644))
}

// syncedAt is the condition of waitSyncedAt, without its failing on a failed sync on the way.
func syncedAt(revision string, outOfSync []string) func(syncState) bool {
	want := "Synced"
	if len(outOfSync) > 0 {
		want = "OutOfSync"
	}
	return func(s syncState) bool {
		return s.revision == revision && s.sync == want && slices.Equal(s.outOfSync, outOfSync) && s.health == "Healthy" && s.phase == "Succeeded"
	}
}

// waitApplication waits until the Application's status meets cond.
func waitApplication(t *testing.T, name, what string, timeout time.Duration, cond func(syncState) bool) syncState {
	t.Helper()
	var last syncState
	for deadline := time.Now().Add(timeout); time.Now().Before(deadline); time.Sleep(time.Second) {
		if last = readApplication(t, name); cond(last) {
			return last
		}
	}
	t.Fatalf("Application %s: not %s after %s; last %+v", name, what, timeout, last)
	return last
}

// runbookLines are the commands of the first sh block under the heading "### <heading>" of
// docs/runbooks/releases.md.
func runbookLines(t *testing.T, heading string) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "docs", "runbooks", "releases.md"))
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(b), "\n### "+heading+"\n")
	require.True(t, ok, "releases.md has a section %q", heading)
	_, block, ok := strings.Cut(section, "```sh\n")
	require.True(t, ok, "the section has a command block")
	block, _, _ = strings.Cut(block, "```")
	var lines []string
	for _, l := range strings.Split(strings.TrimSpace(block), "\n") {
		lines = append(lines, strings.TrimSpace(l))
	}
	return lines
}

// runbookCommands runs every command of a runbook section.
func runbookCommands(t *testing.T, dir string, vars map[string]string, heading string) {
	t.Helper()
	runShell(t, dir, vars, runbookLines(t, heading))
}

// runShell runs each line with shell, and fails the test if one fails. A line Argo CD's API
// server answers with "Too many conflicts" (the application controller wrote the Application
// at the same moment, ten times over) runs again, as the runbook says to: the simulated
// cluster's busy controller makes that likelier than a real one's.
func runShell(t *testing.T, dir string, vars map[string]string, lines []string) {
	t.Helper()
	for _, line := range lines {
		out, err := shell(t, dir, vars, line)
		for try := 1; err != nil && strings.Contains(out, "Too many conflicts") && try < 5; try++ {
			time.Sleep(time.Second)
			out, err = shell(t, dir, vars, line)
		}
		require.NoError(t, err, "%s\n%s", line, out)
	}
}

// shell runs line with bash in dir, as the on-call engineer would, with vars set, the pinned
// kubectl, its Argo Rollouts plugin and argocd first on the PATH, the simulated cluster as the
// kube context, and argocd talking to the simulated cluster's Argo CD API server. It returns
// the line's output.
func shell(t *testing.T, dir string, vars map[string]string, line string) (string, error) {
	t.Helper()
	require.NotEmpty(t, sim.ArgoCDServer, "Argo CD runs")
	environ := append(os.Environ(), "KUBECONFIG="+sim.Kubeconfig, "PATH="+binDir+string(os.PathListSeparator)+os.Getenv("PATH"),
		"ARGOCD_SERVER="+sim.ArgoCDServer, "ARGOCD_OPTS=--plaintext",
		"GIT_CONFIG_NOSYSTEM=1", "HOME="+dir, "GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=test@example.com", "GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=test@example.com")
	for k, v := range vars {
		environ = append(environ, k+"="+v)
	}
	cmd := exec.Command("bash", "-euo", "pipefail", "-c", line)
	cmd.Dir, cmd.Env = dir, environ
	out, err := cmd.CombinedOutput()
	t.Logf("$ %s\n%s", line, strings.TrimSpace(string(out)))
	return string(out), err
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
	// operationRevision is the revision the last (or running) sync applies.
	operationRevision string
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
		phase: s("operationState", "phase"), message: s("operationState", "message"),
		operationRevision: cmp.Or(s("operationState", "operation", "sync", "revision"), s("operationState", "syncResult", "revision"))}
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
