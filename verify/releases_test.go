package verify

import (
	"cmp"
	"context"
	"crypto/sha256"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/intstr"
	"sigs.k8s.io/yaml"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/synth"
)

// The release tests run production's releases for real on the simulated cluster: the Argo
// Rollouts controller (started with the cluster) walks them, the real Prometheus scrapes the
// series a test serves for each release's pods, and the real engine evaluates the
// AnalysisTemplates' PromQL. Only the durations are shortened (fastReleases), and each scenario
// has a namespace of its own.

// traffic is what a version's pods report: their users' requests a second, the share answered
// 5xx, and the latency of every request; the kubelet's probes a second, answered 200 on the
// tier's probe paths; and, when set, the status label the app writes instead of the schema's.
type traffic struct {
	rps, errorShare, latency float64
	probes                   float64
	statusLabel              string
}

var (
	healthy = traffic{rps: 20, errorShare: 0, latency: 0.05}
	failing = traffic{rps: 20, errorShare: 0.2, latency: 0.05}
	slow    = traffic{rps: 20, errorShare: 0, latency: 2}
	trickle = traffic{rps: 0.2, errorShare: 0, latency: 0.05}
	// probesOnly is a version that no user reaches, only its probes: more of them in a window
	// than MinRequests (fastReleases: 20 in 5s), as production's probes of three pods are
	// (about 36 a pod in a 2-minute window, 100 required).
	probesOnly = traffic{probes: 10, latency: 0.01}
	// wrongStatusLabel answers every user 5xx, under a status label the schema does not read.
	wrongStatusLabel = traffic{rps: 20, errorShare: 1, latency: 0.05, statusLabel: "status"}
)

// userPath is the route the exporter counts users' requests under: none of the tiers' probes.
const userPath = "/api/screenshots"

// exporter serves, in Prometheus's text format, the request counters and latency histograms of
// the versions a test gives traffic to, as the app exports them (env.AppMetrics, as
// env/testdata/metrics shows), labelled as the Prometheus Operator labels a tier's scraped
// series. Counters grow with the time since the version got its traffic (give), or with the
// requests the stand-ins for its pods really answered (served).
type exporter struct {
	mu       sync.Mutex
	versions map[string]*version
	// answered counts, by version and status code, the requests that stand-ins answered.
	answered map[servedKey]float64
	addr     string
}

// servedKey is a version of a tier, and a status code it answered with.
type servedKey struct {
	namespace, tier, hash string
	code                  int
}

type version struct {
	namespace, tier, hash string
	traffic               traffic
	since                 time.Time
	base                  [3]float64 // ok, 5xx and probe counts when the traffic last changed
}

func startExporter(t *testing.T) *exporter {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	e := &exporter{versions: map[string]*version{}, answered: map[servedKey]float64{}, addr: l.Addr().String()}
	go http.Serve(l, e)
	return e
}

// give sets the traffic of the tier's pods whose template hash is hash.
func (e *exporter) give(namespace, tier, hash string, tr traffic) {
	e.mu.Lock()
	defer e.mu.Unlock()
	key := namespace + "/" + tier + "/" + hash
	v := e.versions[key]
	if v == nil {
		v = &version{namespace: namespace, tier: tier, hash: hash}
		e.versions[key] = v
	} else {
		v.base = v.counts(time.Now())
	}
	v.traffic, v.since = tr, time.Now()
}

// counts are the users' ok and 5xx requests, and the probes, served until now.
func (v *version) counts(now time.Time) [3]float64 {
	elapsed := now.Sub(v.since).Seconds()
	total := v.traffic.rps * elapsed
	return [3]float64{v.base[0] + total*(1-v.traffic.errorShare), v.base[1] + total*v.traffic.errorShare, v.base[2] + v.traffic.probes*elapsed}
}

// served counts one request a stand-in for a pod of the version answered with code. Where no
// release test started the exporter, nothing judges the counts and none is kept.
func (e *exporter) served(namespace, tier, hash string, code int) {
	if e == nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.answered[servedKey{namespace, tier, hash, code}]++
}

var buckets = []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5}

func (e *exporter) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	e.mu.Lock()
	defer e.mu.Unlock()
	now := time.Now()
	m := env.AppMetrics
	var b strings.Builder
	// write writes n requests answered with code on path, all within latency.
	write := func(labels, statusLabel, path string, code int, n, latency float64) {
		labels = fmt.Sprintf(`%s,%s=%q,%s="%d"`, labels, m.PathLabel, path, cmp.Or(statusLabel, m.StatusLabel), code)
		fmt.Fprintf(&b, "%s{%s} %f\n", m.Requests, labels, n)
		for _, le := range buckets {
			in := 0.0
			if le >= latency {
				in = n
			}
			fmt.Fprintf(&b, "%s{%s,le=%q} %f\n", m.DurationBuckets(), labels, strconv.FormatFloat(le, 'f', -1, 64), in)
		}
		fmt.Fprintf(&b, "%s{%s,le=\"+Inf\"} %f\n", m.DurationBuckets(), labels, n)
	}
	for _, v := range e.versions {
		labels := fmt.Sprintf(`namespace=%q,service=%q,rollouts_pod_template_hash=%q`, v.namespace, env.ObjectName(v.tier)+"-metrics", v.hash)
		c := v.counts(now)
		write(labels, v.traffic.statusLabel, userPath, http.StatusOK, c[0], v.traffic.latency)
		write(labels, v.traffic.statusLabel, userPath, http.StatusInternalServerError, c[1], v.traffic.latency)
		tier, _ := env.Production().TierNamed(v.tier)
		for _, p := range tier.ProbePaths() {
			write(labels, v.traffic.statusLabel, p, http.StatusOK, c[2]/float64(len(tier.ProbePaths())), v.traffic.latency)
		}
	}
	// Requests really answered: the stand-ins answer at once, in the first bucket. Each version
	// has its 200 and 500 series from its first request on, 0 until it answers so, as an app
	// that registers its status codes up front: a series that first appears at, say, 29 hides
	// those 29 from rate(), which would let a failing version's first errors go unseen.
	totals := map[servedKey]bool{}
	for k := range e.answered {
		totals[servedKey{k.namespace, k.tier, k.hash, 0}] = true
	}
	for k := range totals {
		labels := fmt.Sprintf(`namespace=%q,service=%q,rollouts_pod_template_hash=%q`, k.namespace, env.ObjectName(k.tier)+"-metrics", k.hash)
		for _, code := range []int{http.StatusOK, http.StatusInternalServerError} {
			write(labels, "", userPath, code, e.answered[servedKey{k.namespace, k.tier, k.hash, code}], 0)
		}
	}
	w.Write([]byte(b.String()))
}

var (
	// metrics and promURL are the test's exporter and the Prometheus scraping it, started once.
	metrics *exporter
	promURL string
	// jsiiMu serializes synthesis: jsii is not goroutine-safe, and release scenarios run in
	// parallel once they have their manifests.
	jsiiMu sync.Mutex
)

// releaseCluster starts the simulated cluster, the exporter and Prometheus, once, then lets the
// calling release test run in parallel with the others: each has a namespace of its own, and
// they synthesize one at a time (jsiiMu).
func releaseCluster(t *testing.T) {
	t.Helper()
	releaseSetUp(t)
	t.Parallel()
}

// releaseSetUp is releaseCluster but for the last step, for a test with more to set up first.
func releaseSetUp(t *testing.T) {
	t.Helper()
	simulation(t)
	if metrics == nil {
		// The release scenarios run production side by side, each at up to twice its size
		// during a release: three more node pools make room for them.
		for _, pool := range []string{"release-1", "release-2", "release-3"} {
			require.NoError(t, simClient.AddNodes(context.Background(), pool))
		}
		metrics = startExporter(t)
		var err error
		promURL, err = sim.StartPrometheus(metrics.addr)
		require.NoError(t, err)
	}
}

// fastReleases is production's release shape with short durations, so that a canary walks its
// four steps in about half a minute: the same steps and weights, two-second pauses, and analyses
// of two measurements over five-second windows.
func fastReleases(d env.DeliverySettings) env.DeliverySettings {
	steps := slices.Clone(d.CanarySteps)
	for i := range steps {
		if steps[i].PauseSeconds > 0 {
			steps[i].PauseSeconds = 2
		}
	}
	d.CanarySteps = steps
	d.ScaleDownDelaySeconds = 30
	d.AnalysisWindow, d.AnalysisInterval, d.AnalysisCount = "5s", "2s", 2
	d.MinRequests = 20
	return d
}

// release is one synthesis of production to release in a scenario's namespace.
type release struct {
	namespace  string
	tag        string
	strategies map[string]env.Strategy
	mutate     func(*env.Environment)
	// edit, when set, changes the synthesized folder before it is applied: a break-test's
	// output (rewriteFailOpen, bypassCanary).
	edit func(t *testing.T, folder string)
}

// env is production as the release asks for it, pointed at the test's Prometheus.
func (r release) e(t *testing.T) env.Environment {
	t.Helper()
	e := env.Production()
	e.Namespace, e.ImageTag = r.namespace, r.tag
	ownHosts(&e)
	// Production runs images by digest; each release's tag gets digests of its own.
	e.ImageDigests = map[string]string{}
	for _, t := range e.Tiers {
		e.ImageDigests[t.Name] = fmt.Sprintf("sha256:%x", sha256.Sum256([]byte(t.Name+":"+r.tag)))
	}
	e.Monitoring.PrometheusURL = promURL
	e.Delivery = fastReleases(e.Delivery)
	for i := range e.Tiers {
		if s, ok := r.strategies[e.Tiers[i].Name]; ok {
			e.Tiers[i].Strategy = s
		}
	}
	if r.mutate != nil {
		r.mutate(&e)
	}
	require.NoError(t, e.Validate())
	return e
}

// apply synthesizes the release and applies it with `kubectl apply -k`, as the runbook does,
// and returns its objects.
func (r release) apply(t *testing.T) []*unstructured.Unstructured {
	t.Helper()
	folder := synthFolder(t, r.e(t))
	if r.edit != nil {
		r.edit(t, folder)
	}
	return applyFolder(t, folder)
}

// synthFolder writes env's output into a fresh folder, as go run . does, and returns
// the environment's folder in it.
func synthFolder(t *testing.T, e env.Environment) string {
	t.Helper()
	dir := t.TempDir()
	jsiiMu.Lock()
	_, err := synth.Write([]env.Environment{e}, dir)
	jsiiMu.Unlock()
	require.NoError(t, err)
	return filepath.Join(dir, e.Name)
}

// synthProductionIn synthesizes production into namespace ns and returns its folder.
func synthProductionIn(t *testing.T, ns string) string {
	t.Helper()
	e := env.Production()
	e.Namespace = ns
	return synthFolder(t, e)
}

// applyFolder applies an environment's folder to the simulated cluster as the README says,
// cluster/ first, then the app, with kubectl apply -k, after what the cluster must provide
// (provideOutsideDependencies). It returns the folder's objects.
func applyFolder(t *testing.T, folder string) []*unstructured.Unstructured {
	t.Helper()
	kubectl(t, "apply", "-k", filepath.Join(folder, synth.ClusterDir))
	objs := manifests(t, folder)
	provideOutsideDependencies(t, objs)
	kubectl(t, "apply", "-k", folder)
	return objs
}

// kubectl runs the pinned kubectl, with the Argo Rollouts plugin on its PATH, against the
// simulated cluster, and returns its output.
func kubectl(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(filepath.Join(binDir, "kubectl"), append(args, "--kubeconfig", sim.Kubeconfig)...)
	cmd.Env = append(os.Environ(), "PATH="+binDir+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "kubectl %s:\n%s", strings.Join(args, " "), out)
	return string(out)
}

// rolloutStatus is what a test reads of a Rollout's status.
type rolloutStatus struct {
	phase, message          string
	stableHash, currentHash string
	aborted                 bool
	pauses                  []string
	observed                bool
}

func readRollout(t *testing.T, ns, name string) rolloutStatus {
	t.Helper()
	ro, err := simClient.Rollout(context.Background(), ns, name)
	require.NoError(t, err)
	var s rolloutStatus
	s.phase, _, _ = unstructured.NestedString(ro.Object, "status", "phase")
	s.message, _, _ = unstructured.NestedString(ro.Object, "status", "message")
	s.stableHash, _, _ = unstructured.NestedString(ro.Object, "status", "stableRS")
	s.currentHash, _, _ = unstructured.NestedString(ro.Object, "status", "currentPodHash")
	s.aborted, _, _ = unstructured.NestedBool(ro.Object, "status", "abort")
	observed, _, _ := unstructured.NestedString(ro.Object, "status", "observedGeneration")
	s.observed = observed == strconv.FormatInt(ro.GetGeneration(), 10)
	pauses, _, _ := unstructured.NestedSlice(ro.Object, "status", "pauseConditions")
	for _, p := range pauses {
		reason, _, _ := unstructured.NestedString(p.(map[string]any), "reason")
		s.pauses = append(s.pauses, reason)
	}
	return s
}

// waitRollout waits until the Rollout's status meets cond, failing with its last status.
func waitRollout(t *testing.T, ns, name string, timeout time.Duration, what string, cond func(rolloutStatus) bool) rolloutStatus {
	t.Helper()
	s, ok := waitFor(t, ns, name, timeout, cond)
	if !ok {
		t.Fatalf("rollout %s/%s: not %s after %s; last status %+v\n%s\nthe controller's last lines about it:\n%s",
			ns, name, what, timeout, s, analysisRuns(t, ns), controllerLog(ns, name, 60))
	}
	return s
}

// settled waits until a first synthesis in ns has rolled out: every Rollout Healthy at its
// autoscaler's minimum, as a running cluster is before its next release. A release that starts
// while the autoscaler is still raising the count gets paused again by the controller after a
// blue-green promotion (the scale change makes the preview unsaturated), which is not what a
// test of the release means to watch. It returns the named Rollout's status.
func settled(t *testing.T, ns, name string) rolloutStatus {
	t.Helper()
	require.NoError(t, simClient.WaitRolledOut(context.Background(), ns, releaseTimeout), simClient.Diagnose(context.Background(), ns))
	return readRollout(t, ns, name)
}

// waitHealthy waits until the Rollout is Healthy at its current generation.
func waitHealthy(t *testing.T, ns, name string, timeout time.Duration) rolloutStatus {
	t.Helper()
	return waitRollout(t, ns, name, timeout, "Healthy", func(s rolloutStatus) bool { return s.phase == "Healthy" })
}

// waitPromoted waits until the Rollout is Healthy with hash as its stable version and its
// stable Service (named like it) has switched to hash, which the controller does on a later
// pass than the one that marks the release complete.
func waitPromoted(t *testing.T, ns, name, hash string) rolloutStatus {
	t.Helper()
	return waitRollout(t, ns, name, releaseTimeout, "promoted", func(s rolloutStatus) bool {
		return s.phase == "Healthy" && s.stableHash == hash && serviceHash(t, ns, name) == hash
	})
}

// waitPaused waits until the Rollout is paused for the reason, e.g. BlueGreenPause (awaiting
// promotion) or InconclusiveAnalysisRun.
func waitPaused(t *testing.T, ns, name, reason string) rolloutStatus {
	t.Helper()
	return waitRollout(t, ns, name, releaseTimeout, "paused: "+reason, func(s rolloutStatus) bool { return slices.Contains(s.pauses, reason) })
}

// promote promotes the Rollout as a person would and waits for the controller to act on it.
// There is no retry: a controller that loses a promotion (argoproj/argo-rollouts#4694, before
// v1.10) is a defect the test must show, not hide.
func promote(t *testing.T, ns, name string) {
	t.Helper()
	kubectl(t, "argo", "rollouts", "promote", name, "-n", ns)
	waitRollout(t, ns, name, time.Minute, "acted on the promotion", func(s rolloutStatus) bool { return s.phase != "Paused" })
}

// waitFor waits up to timeout for the Rollout's status to meet cond, at its current generation,
// and returns the last status read and whether it did.
func waitFor(t *testing.T, ns, name string, timeout time.Duration, cond func(rolloutStatus) bool) (rolloutStatus, bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := readRollout(t, ns, name)
		if s.observed && cond(s) {
			return s, true
		}
		if time.Now().After(deadline) {
			return s, false
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// newRelease waits for the controller to pick up a new pod template and gives its pods traffic.
func newRelease(t *testing.T, ns, tier, previous string, tr *traffic) string {
	t.Helper()
	s := waitRollout(t, ns, env.ObjectName(tier), time.Minute, "releasing a new version", func(s rolloutStatus) bool {
		return s.currentHash != "" && s.currentHash != previous
	})
	if tr != nil {
		metrics.give(ns, tier, s.currentHash, *tr)
	}
	return s.currentHash
}

// controllerLog is the last lines of the Argo Rollouts controller's log about one Rollout.
func controllerLog(ns, name string, lines int) string {
	var out []string
	for _, line := range strings.Split(sim.Logs("rollouts-controller", 100000), "\n") {
		if strings.Contains(line, "namespace="+ns) && strings.Contains(line, name) {
			out = append(out, line)
		}
	}
	if len(out) > lines {
		out = out[len(out)-lines:]
	}
	return strings.Join(out, "\n")
}

var analysisRunsGVR = schema.GroupVersionResource{Group: "argoproj.io", Version: "v1alpha1", Resource: "analysisruns"}

// analysisRuns lists the namespace's analysis runs and their measurements, for failure messages.
func analysisRuns(t *testing.T, ns string) string {
	list, err := simClient.Dynamic().Resource(analysisRunsGVR).Namespace(ns).List(context.Background(), metav1.ListOptions{})
	if err != nil {
		return err.Error()
	}
	var b strings.Builder
	for _, run := range list.Items {
		phase, _, _ := unstructured.NestedString(run.Object, "status", "phase")
		fmt.Fprintf(&b, "analysisrun %s: %s\n", run.GetName(), phase)
		results, _, _ := unstructured.NestedSlice(run.Object, "status", "metricResults")
		for _, r := range results {
			m := r.(map[string]any)
			ms, _ := m["measurements"].([]any)
			var vals []string
			for _, x := range ms {
				mm := x.(map[string]any)
				vals = append(vals, fmt.Sprintf("%v=%v", mm["phase"], mm["value"]))
			}
			fmt.Fprintf(&b, "  %v: %v %v\n", m["name"], m["phase"], vals)
		}
	}
	return b.String()
}

// serviceHash is the pod template hash a Service's selector narrows it to.
func serviceHash(t *testing.T, ns, name string) string {
	t.Helper()
	svc, err := simClient.Typed.CoreV1().Services(ns).Get(context.Background(), name, metav1.GetOptions{})
	require.NoError(t, err)
	return svc.Spec.Selector["rollouts-pod-template-hash"]
}

// canaryWeights records, until stopped, each distinct canary weight the controller writes for
// the tier (canaryWeight).
func canaryWeights(ns, tier string) func() []int {
	return recordWeights(func() (int, bool) { return canaryWeight(ns, tier) })
}

var traefikServicesGVR = schema.GroupVersionResource{Group: "traefik.io", Version: "v1alpha1", Resource: "traefikservices"}

// canaryWeight reads the canary weight the controller wrote where the tier's Rollout routes its
// traffic: the canary Service's weight in the TraefikService (Gateway API on Traefik), or the
// nginx canary Ingress it made from the tier's Ingress (the legacy ingress-nginx).
func canaryWeight(ns, tier string) (int, bool) {
	ctx := context.Background()
	name := env.ObjectName(tier)
	ro, err := simClient.Rollout(ctx, ns, name)
	if err != nil {
		return 0, false
	}
	if ts, found, _ := unstructured.NestedString(ro.Object, "spec", "strategy", "canary", "trafficRouting", "traefik", "weightedTraefikServiceName"); found {
		obj, err := simClient.Dynamic().Resource(traefikServicesGVR).Namespace(ns).Get(ctx, ts, metav1.GetOptions{})
		if err != nil {
			return 0, false
		}
		services, _, _ := unstructured.NestedSlice(obj.Object, "spec", "weighted", "services")
		for _, s := range services {
			if svc, _, _ := unstructured.NestedString(s.(map[string]any), "name"); svc == name+"-preview" {
				w, _, _ := unstructured.NestedInt64(s.(map[string]any), "weight")
				return int(w), true
			}
		}
		return 0, false
	}
	ing, err := simClient.Typed.NetworkingV1().Ingresses(ns).Get(ctx, name+"-"+name+"-canary", metav1.GetOptions{})
	if err != nil {
		return 0, false
	}
	w, err := strconv.Atoi(ing.Annotations["nginx.ingress.kubernetes.io/canary-weight"])
	return w, err == nil
}

// awaitWeight waits, up to 90 seconds, until read gives want: the controller writes the route
// and the Rollout's status separately, so a test that has seen the status may still read the
// old weight. The caller asserts on what it recorded.
func awaitWeight(read func() (int, bool), want int) {
	for deadline := time.Now().Add(90 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if w, ok := read(); ok && w == want {
			return
		}
	}
}

// recordWeights polls read every 100ms until stopped and returns the distinct values in order,
// the last one read as it is stopped.
func recordWeights(read func() (int, bool)) func() []int {
	done := make(chan struct{})
	var seen []int
	record := func() {
		if w, ok := read(); ok && (len(seen) == 0 || seen[len(seen)-1] != w) {
			seen = append(seen, w)
		}
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			record()
			select {
			case <-done:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	return func() []int { close(done); wg.Wait(); record(); return seen }
}

// isSubsequence reports whether want appears in got in order, other values between.
func isSubsequence(want, got []int) bool {
	i := 0
	for _, g := range got {
		if i < len(want) && g == want[i] {
			i++
		}
	}
	return i == len(want)
}

const releaseTimeout = 3 * time.Minute

// TestCanaryReleases releases the backend as a canary, once per kind of traffic its new version
// gets, one after another on one Rollout: healthy traffic is promoted through every step, with
// the canary Ingress carrying each step's weight; 5xx errors or slow responses abort the release
// with the stable version untouched and the canary weight back to 0; no traffic at all, or a
// trickle below MinRequests, never promotes.
func TestCanaryReleases(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	const ns, tier = "release-canary", "backend"
	name := env.ObjectName(tier)
	canary := map[string]env.Strategy{tier: env.Canary}
	release{namespace: ns, tag: "1.0.0", strategies: canary}.apply(t)
	first := settled(t, ns, name)
	stable := first.stableHash
	metrics.give(ns, tier, stable, healthy)

	cases := []struct {
		name    string
		traffic *traffic
		want    string // promoted, aborted or paused
	}{
		{"healthy traffic is promoted", &healthy, "promoted"},
		{"5xx errors abort", &failing, "aborted"},
		{"slow responses abort", &slow, "aborted"},
		{"no traffic never promotes", nil, "paused"},
		{"a trickle of traffic never promotes", &trickle, "paused"},
		{"health checks alone never promote", &probesOnly, "paused"},
		{"a status label the schema does not read fails closed", &wrongStatusLabel, "aborted"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			weights := canaryWeights(ns, tier)
			release{namespace: ns, tag: fmt.Sprintf("1.0.%d", i+1), strategies: canary}.apply(t)
			current := newRelease(t, ns, tier, stable, tc.traffic)
			var s rolloutStatus
			switch tc.want {
			case "promoted":
				s = waitPromoted(t, ns, name, current)
				seen := weights()
				assert.True(t, isSubsequence([]int{10, 25, 50}, seen), "the canary Ingress must carry each step's weight in turn; saw %v", seen)
				stable = current
			case "aborted":
				s = waitRollout(t, ns, name, releaseTimeout, "aborted", func(s rolloutStatus) bool { return s.aborted })
				waitRollout(t, ns, name, time.Minute, "back on the stable version", func(s rolloutStatus) bool { return s.phase == "Degraded" })
				awaitWeight(func() (int, bool) { return canaryWeight(ns, tier) }, 0)
				seen := weights()
				require.NotEmpty(t, seen)
				if !assert.Equal(t, 0, seen[len(seen)-1], "an aborted canary's weight goes back to 0; saw %v", seen) {
					t.Logf("what the controller did:\n%s", controllerLog(ns, name, 40))
				}
			case "paused":
				s = waitPaused(t, ns, name, "InconclusiveAnalysisRun")
				weights()
				// A person decides: here, abort.
				kubectl(t, "argo", "rollouts", "abort", name, "-n", ns)
				waitRollout(t, ns, name, time.Minute, "aborted", func(s rolloutStatus) bool { return s.aborted })
			}
			assert.Equal(t, stable, s.stableHash, "the stable version is the last promoted one")
			assert.Equal(t, stable, serviceHash(t, ns, name), "the tier's Service selects the stable version")
		})
	}
}

// TestWeakGatesAreCaught proves the canary test above can fail: each case gives the
// AnalysisTemplates a weakness they once had, and the traffic that slips through it is promoted,
// where TestCanaryReleases shows today's gates stop it: conditions that counted an empty result
// as a pass promote a release that served no traffic; queries that count the probes promote one
// that only health checks reached; a success rate computed as one minus the errors promotes one
// answering nothing but 5xx under a status label the query does not read.
func TestWeakGatesAreCaught(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	cases := []struct {
		ns      string
		edit    func(*testing.T, string)
		traffic *traffic
	}{
		{"release-failopen", rewriteFailOpen, nil},
		{"release-countprobes", countProbes, &probesOnly},
		{"release-errorsonly", rateFromErrorsOnly, &wrongStatusLabel},
	}
	for _, tc := range cases {
		t.Run(tc.ns, func(t *testing.T) {
			t.Parallel()
			const tier = "backend"
			name := env.ObjectName(tier)
			r := release{namespace: tc.ns, tag: "1.0.0", strategies: map[string]env.Strategy{tier: env.Canary}, edit: tc.edit}
			r.apply(t)
			stable := settled(t, tc.ns, name).stableHash
			r.tag = "1.0.1"
			r.apply(t)
			current := newRelease(t, tc.ns, tier, stable, tc.traffic)
			s := waitRollout(t, tc.ns, name, releaseTimeout, "promoted or stopped", func(s rolloutStatus) bool {
				return (s.phase == "Healthy" && s.stableHash == current) || s.aborted || slices.Contains(s.pauses, "InconclusiveAnalysisRun")
			})
			assert.Equal(t, current, s.stableHash, "the weakened gate promotes the release: the gate TestCanaryReleases checks is what stops it")
		})
	}
}

// TestBadCanaryAbortsInTime releases a failing canary whose first step would hold it at 10%
// for ten minutes before its step analysis: the background analysis, running from the first
// step, aborts it within the stated time (DeliverySettings.BadCanaryAbortsWithin, with the
// simulated cluster's pod start and the controller's pass on top). Break-test: without the
// background analysis, it still serves its 10% at that time.
func TestBadCanaryAbortsInTime(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	// The pod start and the controller's pass, which the stated time leaves out.
	const allowance = 30 * time.Second
	longFirstStep := func(e *env.Environment) {
		e.Delivery.AnalysisWindow, e.Delivery.AnalysisInterval = "10s", "5s"
		e.Delivery.CanarySteps[0].PauseSeconds = 600
	}
	cases := []struct {
		ns        string
		edit      func(*testing.T, string)
		wantAbort bool
	}{
		{"release-badcanary", nil, true},
		{"release-badcanary-nobg", dropBackgroundAnalysis, false},
	}
	for _, tc := range cases {
		t.Run(tc.ns, func(t *testing.T) {
			t.Parallel()
			const tier = "backend"
			name := env.ObjectName(tier)
			r := release{namespace: tc.ns, tag: "1.0.0", strategies: map[string]env.Strategy{tier: env.Canary}, mutate: longFirstStep, edit: tc.edit}
			stated := r.e(t).Delivery.BadCanaryAbortsWithin()
			r.apply(t)
			stable := settled(t, tc.ns, name).stableHash
			r.tag = "1.0.1"
			r.apply(t)
			newRelease(t, tc.ns, tier, stable, &failing)
			start := time.Now()
			s, aborted := waitFor(t, tc.ns, name, stated+allowance, func(s rolloutStatus) bool { return s.aborted })
			if !tc.wantAbort {
				assert.False(t, aborted, "without the background analysis the bad canary still serves after %s; status %+v", stated+allowance, s)
				return
			}
			require.True(t, aborted, "a bad canary is aborted within %s (+%s); last status %+v\n%s", stated, allowance, s, analysisRuns(t, tc.ns))
			t.Logf("aborted %s after its traffic began (stated: %s)", time.Since(start).Round(time.Second), stated)
			assert.Equal(t, stable, s.stableHash, "the stable version stays")
		})
	}
}

// dropBackgroundAnalysis takes the background analysis out of the Rollouts in folder.
func dropBackgroundAnalysis(t *testing.T, folder string) {
	editObjects(t, folder, "rollout", func(obj map[string]any) bool {
		if _, found, _ := unstructured.NestedMap(obj, "spec", "strategy", "canary", "analysis"); !found {
			return false
		}
		unstructured.RemoveNestedField(obj, "spec", "strategy", "canary", "analysis")
		return true
	})
}

// editAnalyses rewrites each metric of the AnalysisTemplates in folder with edit.
func editAnalyses(t *testing.T, folder string, edit func(metric map[string]any)) {
	editObjects(t, folder, "analysistemplate", func(obj map[string]any) bool {
		metrics, _, _ := unstructured.NestedSlice(obj, "spec", "metrics")
		changed := false
		for _, m := range metrics {
			before := fmt.Sprint(m)
			edit(m.(map[string]any))
			changed = changed || fmt.Sprint(m) != before
		}
		require.NoError(t, unstructured.SetNestedSlice(obj, metrics, "spec", "metrics"))
		return changed
	})
}

// editObjects rewrites the objects of a kind (lower case, as in the file names) in folder with
// edit, which says whether it changed one, and fails the test if it changed none: a break-test
// that weakens nothing proves nothing.
func editObjects(t *testing.T, folder, kind string, edit func(obj map[string]any) bool) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(folder, "*-"+kind+"-*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, paths, "%s has %s files", folder, kind)
	changed := false
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		var obj map[string]any
		require.NoError(t, yaml.Unmarshal(b, &obj))
		if !edit(obj) {
			continue
		}
		out, err := yaml.Marshal(obj)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(p, out, 0o644))
		changed = true
	}
	require.True(t, changed, "the edit found what it weakens")
}

// editQuery rewrites a metric's Prometheus query.
func editQuery(m map[string]any, edit func(string) string) {
	if q, ok, _ := unstructured.NestedString(m, "provider", "prometheus", "query"); ok {
		_ = unstructured.SetNestedField(m, edit(q), "provider", "prometheus", "query")
	}
}

// rewriteFailOpen gives the step analyses the conditions they had before they failed closed,
// which counted an empty result as a pass. (A background analysis only fails, on numbers.)
func rewriteFailOpen(t *testing.T, folder string) {
	editAnalyses(t, folder, func(m map[string]any) {
		success, ok := m["successCondition"].(string)
		if !ok {
			return
		}
		delete(m, "failureCondition")
		m["successCondition"] = strings.Replace(success, "len(result) > 0 && !isNaN(result[0]) && ", "len(result) == 0 || isNaN(result[0]) || ", 1)
	})
}

// probeMatchers are the path matchers that leave the probes out (MetricSchema.UserTraffic).
var probeMatchers = regexp.MustCompile(`, path=~"\.\+", path!~"[^"]*"`)

// countProbes drops the matchers that leave the probes out of the analyses' queries.
func countProbes(t *testing.T, folder string) {
	editAnalyses(t, folder, func(m map[string]any) {
		editQuery(m, func(q string) string { return probeMatchers.ReplaceAllString(q, "") })
	})
}

// answeredShare is the success rate as the analyses compute it: the answered (1xx to 4xx)
// requests' rate, 0 when there are none, over all requests' rate.
var answeredShare = regexp.MustCompile(`^\(sum\(rate\((\w+)\{(.*), code=~"\[1-4\]\.\."\}\[(\w+)\]\)\) or 0 \* .*$`)

// rateFromErrorsOnly computes the success rate as one minus the 5xx share, with no 5xx series
// counted as none: what the analyses did before they counted the answered requests.
func rateFromErrorsOnly(t *testing.T, folder string) {
	editAnalyses(t, folder, func(m map[string]any) {
		editQuery(m, func(q string) string {
			g := answeredShare.FindStringSubmatch(q)
			if g == nil {
				return q
			}
			metric, selector, window := g[1], g[2], g[3]
			return fmt.Sprintf(`1 - (sum(rate(%s{%s, code=~"5.."}[%s])) or vector(0)) / sum(rate(%s{%s}[%s]))`, metric, selector, window, metric, selector, window)
		})
	})
}

// previewRoute checks, on the live cluster, that the preview host reaches the version being
// released: an HTTPRoute (or a legacy Ingress) routes PreviewHost to the preview Service, which
// selects hash.
func previewRoute(t *testing.T, e env.Environment, tier, hash string) error {
	t.Helper()
	preview := env.ObjectName(tier) + "-preview"
	routed := func() error {
		if got := serviceHash(t, e.Namespace, preview); got != hash {
			return fmt.Errorf("Service %s selects %q, not the release's %q", preview, got, hash)
		}
		return nil
	}
	routes, err := simClient.Dynamic().Resource(httpRoutesGVR).Namespace(e.Namespace).List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	for _, r := range routes.Items {
		hosts, _, _ := unstructured.NestedStringSlice(r.Object, "spec", "hostnames")
		if !slices.Contains(hosts, e.Ingress.PreviewHost) {
			continue
		}
		rules, _, _ := unstructured.NestedSlice(r.Object, "spec", "rules")
		for _, rule := range rules {
			refs, _, _ := unstructured.NestedSlice(rule.(map[string]any), "backendRefs")
			for _, ref := range refs {
				if name, _, _ := unstructured.NestedString(ref.(map[string]any), "name"); name == preview {
					return routed()
				}
			}
		}
	}
	ings, err := simClient.Typed.NetworkingV1().Ingresses(e.Namespace).List(context.Background(), metav1.ListOptions{})
	require.NoError(t, err)
	for _, ing := range ings.Items {
		for _, rule := range ing.Spec.Rules {
			if rule.Host != e.Ingress.PreviewHost || rule.HTTP == nil {
				continue
			}
			for _, p := range rule.HTTP.Paths {
				if p.Backend.Service != nil && p.Backend.Service.Name == preview {
					return routed()
				}
			}
		}
	}
	return fmt.Errorf("no HTTPRoute or Ingress routes %s to Service %s", e.Ingress.PreviewHost, preview)
}

// TestBlueGreenReleases releases the frontend blue-green: the preview is reachable through the
// preview host and judged before promotion; a person's promotion switches the active Service; a
// failing preview is aborted with the old version still active; and a version that fails its
// post-promotion analysis on live traffic is switched back while the old one still runs.
func TestBlueGreenReleases(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	const ns, tier = "release-bluegreen", "frontend"
	name := env.ObjectName(tier)
	bg := release{namespace: ns, tag: "1.0.0", strategies: map[string]env.Strategy{tier: env.BlueGreen}}
	bg.apply(t)
	e := bg.e(t)
	stable := settled(t, ns, name).stableHash
	metrics.give(ns, tier, stable, healthy)

	t.Run("promoted by a person after a passed preview analysis", func(t *testing.T) {
		bg.tag = "1.0.1"
		bg.apply(t)
		current := newRelease(t, ns, tier, stable, &healthy)
		waitPaused(t, ns, name, "BlueGreenPause")
		require.NoError(t, previewRoute(t, e, tier, current), "the preview host must reach the new version before promotion")
		assert.Equal(t, stable, serviceHash(t, ns, name), "before promotion the active Service keeps the old version")
		promote(t, ns, name)
		waitPromoted(t, ns, name, current)
		assert.Equal(t, current, serviceHash(t, ns, name), "promotion switches the active Service's selector")
		stable = current
	})

	t.Run("a failing preview is aborted and the old version stays active", func(t *testing.T) {
		bg.tag = "1.0.2"
		bg.apply(t)
		newRelease(t, ns, tier, stable, &failing)
		waitRollout(t, ns, name, releaseTimeout, "aborted", func(s rolloutStatus) bool { return s.aborted })
		assert.Equal(t, stable, serviceHash(t, ns, name), "an aborted release leaves the old version active")
	})

	t.Run("a failing post-promotion analysis switches back", func(t *testing.T) {
		bg.tag = "1.0.3"
		bg.apply(t)
		current := newRelease(t, ns, tier, stable, &healthy)
		waitPaused(t, ns, name, "BlueGreenPause")
		promote(t, ns, name)
		waitRollout(t, ns, name, time.Minute, "switched", func(s rolloutStatus) bool { return serviceHash(t, ns, name) == current })
		// Live traffic now shows the new version failing.
		metrics.give(ns, tier, current, failing)
		waitRollout(t, ns, name, releaseTimeout, "aborted", func(s rolloutStatus) bool { return s.aborted })
		waitRollout(t, ns, name, time.Minute, "switched back", func(s rolloutStatus) bool { return serviceHash(t, ns, name) == stable })
	})
}

// TestBrokenPreviewRouteIsCaught proves previewRoute can fail: without the preview route, the
// preview host reaches nothing.
func TestBrokenPreviewRouteIsCaught(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	const ns, tier = "release-nopreview", "frontend"
	r := release{namespace: ns, tag: "1.0.0", strategies: map[string]env.Strategy{tier: env.BlueGreen}}
	r.apply(t)
	e := r.e(t)
	s := settled(t, ns, env.ObjectName(tier))
	require.NoError(t, previewRoute(t, e, tier, s.stableHash))
	require.NoError(t, simClient.Dynamic().Resource(httpRoutesGVR).Namespace(ns).Delete(context.Background(), env.ObjectName(tier+"-preview"), metav1.DeleteOptions{}))
	assert.ErrorContains(t, previewRoute(t, e, tier, s.stableHash), "no HTTPRoute or Ingress routes")
}

// orphans lists the workloads of ns that run pods and that the synthesis objs does not hold:
// Deployments it no longer has, and ReplicaSets whose owner is gone.
func orphans(t *testing.T, ns string, objs []*unstructured.Unstructured) []string {
	t.Helper()
	ctx := context.Background()
	want := map[string]bool{}
	for _, o := range objs {
		want[o.GetKind()+"/"+o.GetName()] = true
	}
	var out []string
	deps, err := simClient.Typed.AppsV1().Deployments(ns).List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	for _, d := range deps.Items {
		if !want["Deployment/"+d.Name] && (d.Spec.Replicas == nil || *d.Spec.Replicas > 0) {
			out = append(out, "Deployment/"+d.Name)
		}
	}
	rss, err := simClient.Typed.AppsV1().ReplicaSets(ns).List(ctx, metav1.ListOptions{})
	require.NoError(t, err)
	for _, rs := range rss.Items {
		if rs.Spec.Replicas != nil && *rs.Spec.Replicas == 0 {
			continue
		}
		owned := false
		for _, ref := range rs.OwnerReferences {
			owned = owned || want[ref.Kind+"/"+ref.Name]
		}
		if !owned {
			out = append(out, "ReplicaSet/"+rs.Name)
		}
	}
	sort.Strings(out)
	return out
}

// TestStrategySwitches applies, on one live cluster, successive syntheses of production that
// switch both web tiers default → canary → blue-green → default, each followed by a release.
// Throughout, no tier's ready pods fall below its budget; after each step no workload of an
// earlier synthesis runs unowned; and the first release after each switch runs that strategy's
// guarded steps: a canary's weights and analyses, a blue-green's preview and promotion.
func TestStrategySwitches(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	const ns = "release-switch"
	tiers := []string{"frontend", "backend"}
	all := func(s env.Strategy) map[string]env.Strategy {
		return map[string]env.Strategy{"frontend": s, "backend": s}
	}
	tag := "1.0.0"
	objs := release{namespace: ns, tag: tag}.apply(t)
	// Rolled out means at the autoscalers' minimum too, so that the floors hold from here on.
	stable := map[string]string{}
	for _, tier := range tiers {
		stable[tier] = settled(t, ns, env.ObjectName(tier)).stableHash
		metrics.give(ns, tier, stable[tier], healthy)
	}
	stop := watchFloors(t, ns, budgetFloorsIn(t, ns, objs))

	for i, strategy := range []env.Strategy{env.Canary, env.BlueGreen, env.RollingUpdate} {
		t.Run(string(strategy), func(t *testing.T) {
			// The switch alone, on the running version, changes no pod: nothing is released until
			// the next version.
			objs = release{namespace: ns, tag: tag, strategies: all(strategy)}.apply(t)
			for _, tier := range tiers {
				s := waitHealthy(t, ns, env.ObjectName(tier), time.Minute)
				assert.Equal(t, stable[tier], s.stableHash, "switching %s to %s alone releases nothing", tier, strategy)
			}
			assert.Empty(t, orphans(t, ns, objs), "after switching to %s", strategy)

			weights := map[string]func() []int{}
			for _, tier := range tiers {
				weights[tier] = canaryWeights(ns, tier)
			}
			tag = fmt.Sprintf("1.%d.0", i+1)
			objs = release{namespace: ns, tag: tag, strategies: all(strategy)}.apply(t)
			current := map[string]string{}
			for _, tier := range tiers {
				current[tier] = newRelease(t, ns, tier, stable[tier], &healthy)
			}
			for _, tier := range tiers {
				name := env.ObjectName(tier)
				if strategy == env.BlueGreen {
					waitPaused(t, ns, name, "BlueGreenPause")
					assert.Equal(t, stable[tier], serviceHash(t, ns, name), "%s: the first blue-green release waits for a person", tier)
					promote(t, ns, name)
				}
				waitPromoted(t, ns, name, current[tier])
				stable[tier] = current[tier]
			}
			for _, tier := range tiers {
				seen := weights[tier]()
				if strategy == env.Canary {
					assert.True(t, isSubsequence([]int{10, 25, 50}, seen), "%s: the first canary release walks its steps; saw %v", tier, seen)
				}
			}
			assert.Empty(t, orphans(t, ns, objs), "after the first %s release", strategy)
		})
	}
	assert.Empty(t, stop(), "no tier may drop below its budget while strategies switch")
}

// TestOrphanedWorkloadIsCaught proves the orphan check of TestStrategySwitches can fail: where
// the cluster runs no Argo Rollouts controller a public tier is a Deployment, and a synthesis
// that makes it a Rollout leaves that Deployment running.
func TestOrphanedWorkloadIsCaught(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	const ns = "release-orphan"
	noController := func(e *env.Environment) { e.Delivery.ArgoRollouts = false }
	release{namespace: ns, tag: "1.0.0", mutate: noController}.apply(t)
	require.NoError(t, simClient.WaitRolledOut(context.Background(), ns, releaseTimeout), simClient.Diagnose(context.Background(), ns))
	objs := release{namespace: ns, tag: "1.0.0"}.apply(t)
	assert.Contains(t, orphans(t, ns, objs), "Deployment/screenshot-algo-backend")
}

// budgetFloorsIn are, per tier of objs, the fewest ready pods its budget guarantees: the
// autoscaler's minimum less the budget's maxUnavailable.
func budgetFloorsIn(t *testing.T, ns string, objs []*unstructured.Unstructured) map[string]int {
	t.Helper()
	min := map[string]int64{}
	for _, o := range objs {
		if o.GetKind() == "HorizontalPodAutoscaler" {
			n, _, _ := unstructured.NestedInt64(o.Object, "spec", "minReplicas")
			name, _, _ := unstructured.NestedString(o.Object, "spec", "scaleTargetRef", "name")
			min[strings.TrimPrefix(name, env.ObjectName(""))] = n
		}
	}
	floors := map[string]int{}
	for _, o := range objs {
		if o.GetKind() != "PodDisruptionBudget" {
			continue
		}
		tier, _, _ := unstructured.NestedString(o.Object, "spec", "selector", "matchLabels", nameLabel)
		raw, _, _ := unstructured.NestedFieldNoCopy(o.Object, "spec", "maxUnavailable")
		maxUnavailable := intstr.FromInt(0)
		switch v := raw.(type) {
		case string:
			maxUnavailable = intstr.FromString(v)
		case int64:
			maxUnavailable = intstr.FromInt(int(v))
		}
		if n, ok := min[tier]; ok {
			allowed, err := intstr.GetScaledValueFromIntOrPercent(&maxUnavailable, int(n), true)
			require.NoError(t, err, tier)
			floors[tier] = int(n) - allowed
		}
	}
	require.Contains(t, floors, "backend")
	return floors
}

// TestIstioCanaryWeights releases the backend as a canary in the Istio variant: the controller
// sets the VirtualService's route weights at each step, which is all the mesh needs from it,
// and once promoted the canary route is back to 0 and leads to the promoted version.
func TestIstioCanaryWeights(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	const ns, tier = "release-istio", "backend"
	name := env.ObjectName(tier)
	istio := release{namespace: ns, tag: "1.0.0", strategies: map[string]env.Strategy{tier: env.Canary},
		mutate: func(e *env.Environment) { e.Mesh.Istio = true }}
	istio.apply(t)
	stable := settled(t, ns, name).stableHash
	metrics.give(ns, tier, stable, healthy)

	vs := schema.GroupVersionResource{Group: "networking.istio.io", Version: "v1", Resource: "virtualservices"}
	read := func() (int, bool) {
		obj, err := simClient.Dynamic().Resource(vs).Namespace(ns).Get(context.Background(), name, metav1.GetOptions{})
		if err != nil {
			return 0, false
		}
		routes, _, _ := unstructured.NestedSlice(obj.Object, "spec", "http")
		for _, r := range routes {
			dests, _, _ := unstructured.NestedSlice(r.(map[string]any), "route")
			for _, d := range dests {
				host, _, _ := unstructured.NestedString(d.(map[string]any), "destination", "host")
				if strings.HasPrefix(host, env.ObjectName(tier)+"-preview"+".") {
					w, _, _ := unstructured.NestedInt64(d.(map[string]any), "weight")
					return int(w), true
				}
			}
		}
		return 0, false
	}
	weights := recordWeights(read)
	istio.tag = "1.0.1"
	istio.apply(t)
	current := newRelease(t, ns, tier, stable, &healthy)
	waitPromoted(t, ns, name, current)
	awaitWeight(read, 0)
	seen := weights()
	assert.True(t, isSubsequence([]int{10, 25, 50}, seen), "the VirtualService must carry each step's weight in turn; saw %v", seen)
	assert.Equal(t, 0, seen[len(seen)-1], "once promoted, the canary route is back to 0; saw %v", seen)
	assert.Equal(t, current, serviceHash(t, ns, env.ObjectName(tier)+"-preview"), "once promoted, the canary route reaches the promoted version")
}

// TestLegacyIngressNginxReleases releases production on the legacy ingress-nginx front door
// (env.IngressNginx), which a cluster that still runs it selects: the backend as a canary, whose
// weights the controller writes into the canary Ingress it makes from the tier's own, step by
// step until promoted; the frontend blue-green, whose preview Ingress, of the internal class,
// reaches the new version before a person promotes it.
func TestLegacyIngressNginxReleases(t *testing.T) {
	needsCluster(t)
	releaseCluster(t)
	const ns = "release-ingress-nginx"
	legacy := func(e *env.Environment) { e.Ingress.Controller = env.IngressNginx }
	strategies := map[string]env.Strategy{"backend": env.Canary, "frontend": env.BlueGreen}
	r := release{namespace: ns, tag: "1.0.0", strategies: strategies, mutate: legacy}
	r.apply(t)
	e := r.e(t)
	stable := map[string]string{}
	for _, tier := range []string{"backend", "frontend"} {
		stable[tier] = settled(t, ns, env.ObjectName(tier)).stableHash
		metrics.give(ns, tier, stable[tier], healthy)
	}
	weights := canaryWeights(ns, "backend")
	r.tag = "1.0.1"
	r.apply(t)
	canary := newRelease(t, ns, "backend", stable["backend"], &healthy)
	preview := newRelease(t, ns, "frontend", stable["frontend"], &healthy)
	waitPaused(t, ns, env.ObjectName("frontend"), "BlueGreenPause")
	assert.NoError(t, previewRoute(t, e, "frontend", preview), "the internal preview Ingress reaches the new version")
	promote(t, ns, env.ObjectName("frontend"))
	waitPromoted(t, ns, env.ObjectName("frontend"), preview)
	waitPromoted(t, ns, env.ObjectName("backend"), canary)
	seen := weights()
	assert.True(t, isSubsequence([]int{10, 25, 50}, seen), "the canary Ingress carries each step's weight in turn; saw %v", seen)
}
