package verify

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/pem"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/apimachinery/pkg/util/intstr"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
)

// The front door's behaviour, with real HTTPS traffic through the real Traefik (traffic_test.go):
// canary weights, blue-green previews and promotions, a pod's drain, TLS, the preview host's
// isolation and ACME challenges. Each check is a function that says what is wrong, and each has
// a break-test that shows it failing.

// The measurements: shareRequests requests at each canary weight, whose share from the new
// version must be the weight within shareTolerance percentage points (Traefik's weighted round
// robin is exact over whole rounds; the test's requests share it with the steady load).
const (
	shareRequests  = 400
	shareTolerance = 5
	// checkRequests are sent where every answer must come from one version.
	checkRequests = 100
	// steadyRate is the steady load, in requests a second, that the analyses judge.
	steadyRate = 60
)

var httpRoutesGVR = schema.GroupVersionResource{Group: "gateway.networking.k8s.io", Version: "v1", Resource: "httproutes"}

// tierPath is a request path of the tier's public route.
func tierPath(e env.Environment, tier string) string {
	for _, t := range e.Tiers {
		if t.Name == tier {
			return strings.TrimSuffix(t.IngressPath, "/") + "/shots"
		}
	}
	panic("no tier " + tier)
}

// canaryWeights are the weights below 100 at which a canary release pauses, in order.
func canaryStepWeights(e env.Environment) []int {
	var out []int
	for _, s := range e.Delivery.CanarySteps {
		if s.Weight < 100 {
			out = append(out, int(s.Weight))
		}
	}
	return out
}

// slowSteps lengthens a release's canary pauses to 15 seconds: time for Traefik to apply a
// weight (within its 2s throttle) and for the test to measure it.
func slowSteps(e *env.Environment) {
	steps := slices.Clone(e.Delivery.CanarySteps)
	for i := range steps {
		if steps[i].PauseSeconds > 0 {
			steps[i].PauseSeconds = 15
		}
	}
	e.Delivery.CanarySteps = steps
}

// bypassCanary rewrites the tier's public HTTPRoute in folder to send to its stable Service
// directly, skipping the TraefikService the Rollout reweights: a break-test's output.
func bypassCanary(tier string) func(t *testing.T, folder string) {
	return func(t *testing.T, folder string) { bypass(t, folder, tier) }
}

func bypass(t *testing.T, folder, tier string) {
	t.Helper()
	path := filepath.Join(folder, "52-httproute-"+env.ObjectName(tier)+".yaml")
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	old := "        - group: traefik.io\n          kind: TraefikService\n          name: " + env.ObjectName(tier) + "\n"
	require.Contains(t, string(b), old)
	prod := env.Production()
	port := prod.TierRef(tier).Port // the Service listens on the container's port
	b = []byte(strings.Replace(string(b), old, fmt.Sprintf("        - name: %s\n          port: %d\n", env.ObjectName(tier), port), 1))
	require.NoError(t, os.WriteFile(path, b, 0o644))
}

// measureCanary sends shareRequests requests at each of the weights, once Traefik applies it,
// and says where the new version's share is not the weight.
func measureCanary(t *testing.T, ns, tier string, d entry, path, version string, weights []int) error {
	t.Helper()
	var errs []string
	for _, w := range weights {
		awaitTraefikWeight(t, ns, tier, w)
		got, _ := d.sample(path, shareRequests)
		if err := share(got, version, shareRequests, w, shareTolerance); err != nil {
			errs = append(errs, fmt.Sprintf("at weight %d: %v", w, err))
		} else {
			t.Logf("at weight %d%%: %v", w, got)
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	return nil
}

// trafficScenario releases production's first version, 1.0.0, in its own namespace ns with
// tier released by strategy (r.edit and r.mutate as given), serves its pods with stand-ins
// (versionAnswers with failing), lets the test run in parallel, and waits until that version
// has rolled out and answers the tier's public path through Traefik. It returns the release,
// to release the next version with, its environment, and the first version's template hash.
func trafficScenario(t *testing.T, r release, tier string, strategy env.Strategy, failing map[string]float64) (release, env.Environment, string) {
	t.Helper()
	needsCluster(t)
	trafficSetUp(t)
	r.tag, r.strategies = "1.0.0", map[string]env.Strategy{tier: strategy}
	r.apply(t)
	e := r.e(t)
	startStandIns(t, r.namespace, versionAnswers(r.namespace, failing), nil)
	t.Parallel()
	stable := settled(t, r.namespace, env.ObjectName(tier)).stableHash
	awaitVersion(t, publicEntry(e), tierPath(e, tier), "1.0.0")
	return r, e, stable
}

// TestCanaryThroughTheFrontDoor releases the backend as a canary while users' requests flow
// through Traefik: at each step the new version answers the step's weight of shareRequests
// requests, within shareTolerance points; once promoted it answers all of them. Then a version
// that answers 30% of its requests with 500s, as Traefik sends them, fails its analysis on those
// very requests and is aborted: none reaches it afterwards, and no request failed but its own.
func TestCanaryThroughTheFrontDoor(t *testing.T) {
	const ns, tier = "traffic-canary", "backend"
	name := env.ObjectName(tier)
	r, e, stable := trafficScenario(t, release{namespace: ns, mutate: slowSteps}, tier, env.Canary, map[string]float64{"1.0.2": 0.3})
	public, path := publicEntry(e), tierPath(e, tier)
	users := public.steady(path, steadyRate)

	r.tag = "1.0.1"
	r.apply(t)
	current := newRelease(t, ns, tier, stable, nil)
	require.NoError(t, measureCanary(t, ns, tier, public, path, "1.0.1", canaryStepWeights(e)))
	waitPromoted(t, ns, name, current)
	awaitTraefikWeight(t, ns, tier, 0)
	require.NoError(t, public.onlyVersion(path, "1.0.1", checkRequests), "once promoted, the new version answers everything")
	stable = current

	r.tag = "1.0.2"
	r.apply(t)
	newRelease(t, ns, tier, stable, nil)
	s := waitRollout(t, ns, name, releaseTimeout, "aborted", func(s rolloutStatus) bool { return s.aborted })
	assert.Equal(t, stable, s.stableHash)
	awaitTraefikWeight(t, ns, tier, 0)
	assert.NoError(t, public.onlyVersion(path, "1.0.1", checkRequests), "after the abort, nothing reaches the failing version")

	answers := users.end()
	assert.NoError(t, noFailures(answers, "1.0.2"), "no request failed but the failing version's own")
	assert.Equal(t, []string{"1.0.0", "1.0.1", "1.0.2"}, versionsInOrder(answers), "users met each version in turn")
	t.Logf("users' requests: %d", len(answers))
}

// TestCanaryBypassIsCaught is measureCanary's break-test: an HTTPRoute that sends to the stable
// Service directly, past the TraefikService the Rollout reweights, gives the canary nothing at
// its first step.
func TestCanaryBypassIsCaught(t *testing.T) {
	const ns, tier = "traffic-bypass", "backend"
	name := env.ObjectName(tier)
	r, e, stable := trafficScenario(t, release{namespace: ns, mutate: slowSteps, edit: bypassCanary(tier)}, tier, env.Canary, nil)
	public, path := publicEntry(e), tierPath(e, tier)
	users := public.steady(path, steadyRate)
	defer users.end()
	r.tag = "1.0.1"
	r.apply(t)
	newRelease(t, ns, tier, stable, nil)
	first := canaryStepWeights(e)[:1]
	assert.ErrorContains(t, measureCanary(t, ns, tier, public, path, "1.0.1", first), fmt.Sprintf("the weight is %d%%", first[0]),
		"a route past the TraefikService gives the canary none of its weight")
	kubectl(t, "argo", "rollouts", "abort", name, "-n", ns)
}

// previewServes says why the preview host, on the internal entry point, does not answer from
// the version being released alone, while the public host answers from the active one alone.
func previewServes(e env.Environment, tier, released, active string) error {
	path := tierPath(e, tier)
	return errorsJoin(previewEntry(e).onlyVersion(path, released, checkRequests), publicEntry(e).onlyVersion(path, active, checkRequests))
}

// errorsJoin joins the non-nil errors into one, or nil.
func errorsJoin(errs ...error) error {
	var msgs []string
	for _, err := range errs {
		if err != nil {
			msgs = append(msgs, err.Error())
		}
	}
	if len(msgs) == 0 {
		return nil
	}
	return fmt.Errorf("%s", strings.Join(msgs, "\n"))
}

// TestBlueGreenThroughTheFrontDoor releases the frontend blue-green while users' requests flow
// through Traefik: before promotion the internal preview host reaches only the new version and
// the public host only the old one; the promotion switches the public host with no failed
// request; a version that fails its preview analysis, judged on the smoke traffic sent to the
// preview host, is aborted and the public host keeps the old version.
func TestBlueGreenThroughTheFrontDoor(t *testing.T) {
	const ns, tier = "traffic-bluegreen", "frontend"
	name := env.ObjectName(tier)
	r, e, stable := trafficScenario(t, release{namespace: ns}, tier, env.BlueGreen, map[string]float64{"1.0.2": 0.3})
	public, preview, path := publicEntry(e), previewEntry(e), tierPath(e, tier)
	users := public.steady(path, steadyRate)

	r.tag = "1.0.1"
	r.apply(t)
	// The people who approve a release smoke-test the preview; the analysis judges that traffic.
	smoke := preview.steady(path, steadyRate/2)
	current := newRelease(t, ns, tier, stable, nil)
	waitPaused(t, ns, name, "BlueGreenPause")
	smoke.end()
	require.NoError(t, previewServes(e, tier, "1.0.1", "1.0.0"), "before promotion")
	promote(t, ns, name)
	waitPromoted(t, ns, name, current)
	awaitVersion(t, public, path, "1.0.1")
	require.NoError(t, public.onlyVersion(path, "1.0.1", checkRequests), "once promoted, the public host reaches the new version alone")
	stable = current

	r.tag = "1.0.2"
	r.apply(t)
	smoke = preview.steady(path, steadyRate/2)
	newRelease(t, ns, tier, stable, nil)
	waitRollout(t, ns, name, releaseTimeout, "aborted", func(s rolloutStatus) bool { return s.aborted })
	smoke.end()
	assert.NoError(t, public.onlyVersion(path, "1.0.1", checkRequests), "an aborted release leaves the public host on the old version")

	answers := users.end()
	assert.NoError(t, noFailures(answers), "no user's request failed, the promotion included")
	assert.Equal(t, []string{"1.0.0", "1.0.1"}, versionsInOrder(answers), "users met the old version, then the promoted one, never the failing one")
}

// TestBlueGreenPreviewToTheWrongServiceIsCaught is previewServes's break-test: a preview route
// to the active Service shows the old version on the preview host.
func TestBlueGreenPreviewToTheWrongServiceIsCaught(t *testing.T) {
	const ns, tier = "traffic-wrongpreview", "frontend"
	name := env.ObjectName(tier)
	r, e, stable := trafficScenario(t, release{namespace: ns}, tier, env.BlueGreen, nil)
	r.tag = "1.0.1"
	r.apply(t)
	// The preview route, edited to the active Service.
	_, err := simClient.Dynamic().Resource(httpRoutesGVR).Namespace(ns).Patch(context.Background(), name+"-preview", types.JSONPatchType,
		[]byte(`[{"op": "replace", "path": "/spec/rules/0/backendRefs/0/name", "value": "`+name+`"}]`), metav1.PatchOptions{})
	require.NoError(t, err)
	newRelease(t, ns, tier, stable, nil)
	// The new version gets no smoke traffic through the wrong route, so its analysis is
	// inconclusive: the release pauses either way.
	waitRollout(t, ns, name, releaseTimeout, "paused", func(s rolloutStatus) bool { return len(s.pauses) > 0 })
	assert.ErrorContains(t, previewServes(e, tier, "1.0.1", "1.0.0"), `want all from "1.0.1"`)
	kubectl(t, "argo", "rollouts", "abort", name, "-n", ns)
}

// drainScenario runs production's backend as two pods on the real kubelet, each at an address
// of its own that its stand-in serves until the kubelet stops its container, behind the
// output's Services, TraefikService, Gateway and routes, and sends users' requests through
// Traefik while one pod is deleted, as a drain's eviction does. It returns the answers, from
// before the deletion until the pod is gone and a few seconds after.
func drainScenario(t *testing.T, ns string, withPreStop bool) []answer {
	t.Helper()
	k, objs := kubeletScenario(t, ns)
	e := env.Production()
	e.Namespace = ns
	ownHosts(&e)
	ctx := context.Background()
	applyFrontDoor(t, e)
	tier := env.ObjectName("backend")
	tpl := workloadTemplate(t, objs, "Rollout", tier)
	var pods []*corev1.Pod
	for i := range 2 {
		p := podOf(tpl, fmt.Sprintf("%s-%d", tier, i), ns)
		if !withPreStop {
			p.Spec.Containers[0].Lifecycle = nil
		}
		p.Annotations = map[string]string{controlplane.FakeCRIPodIPAnnotation: kubeletPodIP(ns, i)}
		pods = append(pods, onKubelet(t, p))
	}
	stopped := func(p *corev1.Pod) bool {
		records, err := k.Records(ns, p.Name)
		return err == nil && slices.ContainsFunc(records, func(r controlplane.RuntimeRecord) bool { return r.Call == "StopContainer" })
	}
	startStandIns(t, ns, versionAnswers(ns, nil), stopped)
	require.Eventually(t, func() bool { return len(readyEndpointPods(t, ns, tier)) == len(pods) }, time.Minute, 250*time.Millisecond,
		"both pods ready in the Service's EndpointSlices:\n%s", sim.Logs("kubelet", 20))
	public, path := publicEntry(e), tierPath(e, "backend")
	awaitVersion(t, public, path, e.ImageTag)
	users := public.steady(path, 100)
	time.Sleep(2 * time.Second)
	require.NoError(t, simClient.Typed.CoreV1().Pods(ns).Delete(ctx, pods[0].Name, metav1.DeleteOptions{}))
	require.Eventually(t, func() bool { gone, _, _ := podState(t, ns, pods[0].Name); return gone }, 2*time.Minute, 250*time.Millisecond,
		"the deleted pod is gone once its grace period is over")
	time.Sleep(3 * time.Second)
	return users.end()
}

// kubeletPodIP is the address of the i-th pod of a scenario on the real kubelet: one of
// controlplane.KubeletPodNetwork, apart for each namespace.
func kubeletPodIP(ns string, i int) string {
	h := sha256.Sum256([]byte(ns))
	base := controlplane.KubeletPodNetwork.Addr().As4()
	return net.IPv4(base[0], base[1], h[0], byte(10+i)).String()
}

// applyFrontDoor applies the environment's front door (Gateways, routes, TraefikServices,
// Middlewares) to its namespace, with the TLS Secrets its Certificates would have written.
func applyFrontDoor(t *testing.T, e env.Environment) {
	t.Helper()
	folder := synthFolder(t, e)
	objs := manifests(t, folder)
	provideCertificates(t, objs)
	for _, o := range objs {
		switch o.GetKind() {
		case "Gateway", "HTTPRoute", "TraefikService", "Middleware":
			_, err := simClient.Apply(context.Background(), o, false)
			require.NoError(t, err, controlplane.Describe(o))
		}
	}
}

// TestDrainThroughTheFrontDoor deletes one of two backend pods on the real kubelet while users'
// requests flow through Traefik: the endpoint leaves the EndpointSlice at once, the kubelet's
// preStop sleep keeps the app serving while Traefik catches up, and no request fails. The
// break-test is the same pods without the preStop hook: the app stops as its endpoint leaves,
// and Traefik still sends it requests for a moment.
func TestDrainThroughTheFrontDoor(t *testing.T) {
	needsCluster(t)
	trafficSetUp(t)
	answers := drainScenario(t, "traffic-drain", true)
	assert.NoError(t, noFailures(answers), "a pod's drain fails no request")
	assert.Greater(t, len(answers), 500)
}

// TestDrainWithoutPreStopIsCaught is TestDrainThroughTheFrontDoor's break-test.
func TestDrainWithoutPreStopIsCaught(t *testing.T) {
	needsCluster(t)
	trafficSetUp(t)
	answers := drainScenario(t, "traffic-noprestop", false)
	err := noFailures(answers)
	assert.Error(t, err, "without the preStop sleep, requests fail while Traefik catches up")
	t.Logf("without preStop: %v", err)
}

// servedCertificate says why the entry point does not serve, for its host, the certificate in
// the TLS Secret of the namespace.
func servedCertificate(ns, secret string, d entry) error {
	s, err := simClient.Typed.CoreV1().Secrets(ns).Get(context.Background(), secret, metav1.GetOptions{})
	if err != nil {
		return err
	}
	block, _ := pem.Decode(s.Data[corev1.TLSCertKey])
	if block == nil {
		return fmt.Errorf("Secret %s holds no certificate", secret)
	}
	conn, err := tls.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", d.port), &tls.Config{ServerName: d.host, InsecureSkipVerify: true})
	if err != nil {
		return fmt.Errorf("%s: %w", d, err)
	}
	defer conn.Close()
	leaf := conn.ConnectionState().PeerCertificates[0]
	if sha256.Sum256(leaf.Raw) != sha256.Sum256(block.Bytes) {
		return fmt.Errorf("%s serves a certificate for %v (issuer %q), not the one in Secret %s", d, leaf.DNSNames, leaf.Issuer.CommonName, secret)
	}
	return nil
}

// noPreviewOnPublic says why a request for the preview host sent to the public entry points
// (HTTPS with the preview host's name, and plain HTTP) reaches a preview backend: it must get
// no backend at all.
func noPreviewOnPublic(e env.Environment, tier string) error {
	path := tierPath(e, tier)
	var errs []error
	for _, d := range []entry{
		{host: e.Ingress.PreviewHost, port: frontDoorInstall.HTTPSPort, tls: true},
		{host: e.Ingress.PreviewHost, port: frontDoorInstall.HTTPPort},
	} {
		a := d.get(d.client(), path)
		if a.err != nil || a.version != "" || a.status != http.StatusNotFound {
			errs = append(errs, fmt.Errorf("%s%s answered %s; want Traefik's own 404", d, path, a))
		}
	}
	return errorsJoin(errs...)
}

// acmeChallenge creates what cert-manager does for an HTTP-01 challenge of the public host with
// the environment's Issuer: a solver pod labelled as cert-manager labels it, a Service for it,
// and an HTTPRoute of the challenge's exact path attached where the Issuer's gatewayHTTPRoute
// solver says. It returns the path.
func acmeChallenge(t *testing.T, e env.Environment, objs []*unstructured.Unstructured, token string) string {
	t.Helper()
	ctx := context.Background()
	var parents []any
	for _, o := range objs {
		if o.GetKind() == "Issuer" {
			solvers, _, _ := unstructured.NestedSlice(o.Object, "spec", "acme", "solvers")
			require.Len(t, solvers, 1)
			parents, _, _ = unstructured.NestedSlice(solvers[0].(map[string]any), "http01", "gatewayHTTPRoute", "parentRefs")
		}
	}
	require.NotEmpty(t, parents, "the output's Issuer answers HTTP-01 through a Gateway")
	labels := map[string]string{env.ACMESolverLabel: "true", "acme.cert-manager.io/http-domain": "1", "acme.cert-manager.io/http-token": "1"}
	res := e.ACMESolverResources()
	no, yes := false, true
	pod := &corev1.Pod{
		ObjectMeta: metav1.ObjectMeta{Name: "cm-acme-http-solver-" + token, Namespace: e.Namespace, Labels: labels},
		Spec: corev1.PodSpec{
			SecurityContext: &corev1.PodSecurityContext{RunAsNonRoot: &yes, SeccompProfile: &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault}},
			Containers: []corev1.Container{{
				Name: "acmesolver", Image: "quay.io/jetstack/cert-manager-acmesolver:v1.19.1",
				Ports: []corev1.ContainerPort{{Name: "http", ContainerPort: env.ACMESolverPort}},
				Resources: corev1.ResourceRequirements{
					Requests: corev1.ResourceList{corev1.ResourceCPU: mustQuantity(res.CPURequest), corev1.ResourceMemory: mustQuantity(res.MemoryRequest)},
					Limits:   corev1.ResourceList{corev1.ResourceCPU: mustQuantity(res.CPULimit), corev1.ResourceMemory: mustQuantity(res.MemoryLimit)},
				},
				SecurityContext: &corev1.SecurityContext{AllowPrivilegeEscalation: &no, ReadOnlyRootFilesystem: &yes,
					Capabilities: &corev1.Capabilities{Drop: []corev1.Capability{"ALL"}}},
			}},
		},
	}
	_, err := simClient.Typed.CoreV1().Pods(e.Namespace).Create(ctx, pod, metav1.CreateOptions{})
	require.NoError(t, err)
	_, err = simClient.Typed.CoreV1().Services(e.Namespace).Create(ctx, &corev1.Service{
		ObjectMeta: metav1.ObjectMeta{Name: pod.Name, Namespace: e.Namespace, Labels: labels},
		Spec:       corev1.ServiceSpec{Selector: labels, Ports: []corev1.ServicePort{{Name: "http", Port: env.ACMESolverPort, TargetPort: intstr.FromInt32(env.ACMESolverPort)}}},
	}, metav1.CreateOptions{})
	require.NoError(t, err)
	path := "/.well-known/acme-challenge/" + token
	route := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
		"metadata": map[string]any{"name": pod.Name, "namespace": e.Namespace, "labels": map[string]any{env.ACMESolverLabel: "true"}},
		"spec": map[string]any{
			"parentRefs": parents,
			"hostnames":  []any{e.Ingress.Host},
			"rules": []any{map[string]any{
				"matches":     []any{map[string]any{"path": map[string]any{"type": "Exact", "value": path}}},
				"backendRefs": []any{map[string]any{"name": pod.Name, "port": int64(env.ACMESolverPort)}},
			}},
		},
	}}
	_, err = simClient.Apply(ctx, route, false)
	require.NoError(t, err)
	return path
}

// acmeSolverAnswers answers as cert-manager's solver does: the key authorization of the token
// in the path, to anything else a 404.
func acmeSolverAnswers(ns string) answerFunc {
	versions := versionAnswers(ns, nil)
	return func(id podIdentity, w http.ResponseWriter, r *http.Request) {
		if token, ok := strings.CutPrefix(r.URL.Path, "/.well-known/acme-challenge/"); ok && strings.HasPrefix(id.pod, "cm-acme-http-solver-") {
			fmt.Fprint(w, token+".key-authorization")
			return
		}
		versions(id, w, r)
	}
}

// challengeAnswered says why a plain-HTTP request for the challenge path on the public host
// does not reach the solver, as the ACME authority's would.
func challengeAnswered(e env.Environment, path string) error {
	d := plainEntry(e)
	resp, err := d.client().Get("http://" + d.host + path)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body := make([]byte, 256)
	n, _ := resp.Body.Read(body)
	want := strings.TrimPrefix(path, "/.well-known/acme-challenge/") + ".key-authorization"
	if resp.StatusCode != http.StatusOK || string(body[:n]) != want {
		return fmt.Errorf("%s%s answered %d %q (Location %q); the solver answers %q", d, path, resp.StatusCode, body[:n], resp.Header.Get("Location"), want)
	}
	return nil
}

// TestFrontDoorEdges runs production as released, without a release, and checks the front
// door's edges through Traefik: each listener serves the certificate of its Secret; plain HTTP
// redirects to HTTPS; the preview host, sent to the public entry points, reaches nothing; an
// ACME HTTP-01 challenge over plain HTTP reaches cert-manager's solver where the output's
// Issuer attaches it. Each check has its break-test here: a listener whose Secret holds another
// certificate, a preview route on the public listener, and a challenge route on the HTTPS
// listener.
func TestFrontDoorEdges(t *testing.T) {
	needsCluster(t)
	trafficSetUp(t)
	const ns = "traffic-edges"
	r := release{namespace: ns, tag: "1.0.0", strategies: map[string]env.Strategy{"frontend": env.BlueGreen}}
	objs := r.apply(t)
	e := r.e(t)
	startStandIns(t, ns, acmeSolverAnswers(ns), nil)
	t.Parallel()
	settled(t, ns, env.ObjectName("frontend"))
	awaitVersion(t, publicEntry(e), tierPath(e, "frontend"), "1.0.0")
	awaitVersion(t, previewEntry(e), tierPath(e, "frontend"), "1.0.0")
	ctx := context.Background()

	t.Run("TLS", func(t *testing.T) {
		assert.NoError(t, servedCertificate(ns, e.Ingress.TLSSecretName, publicEntry(e)))
		assert.NoError(t, servedCertificate(ns, e.Ingress.PreviewTLSSecretName, previewEntry(e)))
		// Break-test: the public listener's Secret, checked against the preview's certificate.
		assert.ErrorContains(t, servedCertificate(ns, e.Ingress.PreviewTLSSecretName, publicEntry(e)), "not the one in Secret")
	})
	t.Run("plain HTTP redirects to HTTPS", func(t *testing.T) {
		d := plainEntry(e)
		resp, err := d.client().Get("http://" + d.host + "/api/shots?x=1")
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusMovedPermanently, resp.StatusCode)
		assert.Equal(t, "https://"+e.Ingress.Host+"/api/shots?x=1", resp.Header.Get("Location"))
	})
	t.Run("the preview is internal", func(t *testing.T) {
		assert.NoError(t, noPreviewOnPublic(e, "frontend"))
		// Break-test: what the guardrail refuses, a public listener for any host and a preview
		// route on it. (A listener for the public host alone accepts no route for another
		// host: Traefik refuses the route, as Gateway API says.)
		gateways := simClient.Dynamic().Resource(schema.GroupVersionResource{Group: "gateway.networking.k8s.io", Version: "v1", Resource: "gateways"}).Namespace(ns)
		_, err := gateways.Patch(ctx, env.ObjectName(env.PublicGateway), types.JSONPatchType,
			[]byte(`[{"op": "test", "path": "/spec/listeners/1/name", "value": "`+env.HTTPSListener+`"}, {"op": "remove", "path": "/spec/listeners/1/hostname"}]`), metav1.PatchOptions{})
		require.NoError(t, err)
		leak := &unstructured.Unstructured{Object: map[string]any{
			"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute",
			"metadata": map[string]any{"name": "preview-leak", "namespace": ns},
			"spec": map[string]any{
				"parentRefs": []any{map[string]any{"name": env.ObjectName(env.PublicGateway), "sectionName": env.HTTPSListener}},
				"hostnames":  []any{e.Ingress.PreviewHost},
				"rules":      []any{map[string]any{"backendRefs": []any{map[string]any{"name": env.ObjectName("frontend") + "-preview", "port": int64(e.TierRef("frontend").Port)}}}},
			},
		}}
		_, err = simClient.Apply(ctx, leak, false)
		require.NoError(t, err)
		require.Eventually(t, func() bool { return noPreviewOnPublic(e, "frontend") != nil }, 30*time.Second, 500*time.Millisecond,
			"a preview route on a public listener for any host is caught")
		require.NoError(t, simClient.Dynamic().Resource(httpRoutesGVR).Namespace(ns).Delete(ctx, "preview-leak", metav1.DeleteOptions{}))
	})
	t.Run("ACME HTTP-01 reaches the solver", func(t *testing.T) {
		path := acmeChallenge(t, e, objs, "tok3n")
		require.Eventually(t, func() bool { return challengeAnswered(e, path) == nil }, 30*time.Second, 250*time.Millisecond,
			"the challenge reaches the solver: %v", challengeAnswered(e, path))
		// Break-test: the challenge's route on the HTTPS listener, as an Issuer naming it would
		// attach it: plain HTTP redirects the authority away.
		_, err := simClient.Dynamic().Resource(httpRoutesGVR).Namespace(ns).Patch(ctx, "cm-acme-http-solver-tok3n", types.JSONPatchType,
			[]byte(`[{"op": "replace", "path": "/spec/parentRefs/0/sectionName", "value": "`+env.HTTPSListener+`"}]`), metav1.PatchOptions{})
		require.NoError(t, err)
		require.Eventually(t, func() bool { return challengeAnswered(e, path) != nil }, 30*time.Second, 250*time.Millisecond,
			"a challenge route on the HTTPS listener is caught")
	})
}

// mustQuantity parses a Kubernetes quantity of the model.
func mustQuantity(s string) resource.Quantity { return resource.MustParse(s) }
