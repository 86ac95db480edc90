package verify

import (
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
)

// The traffic tests send real HTTP requests through the real Traefik, which runs out of cluster
// on loopback against the simulated cluster and reads its Gateways, HTTPRoutes, TraefikServices
// and EndpointSlices as it would in a cluster. The pods get addresses that this machine
// delivers to itself (controlplane.RoutePodsLocally): kwok's pods from its pod network, the
// real kubelet's from the address a test gives each one. At each pod's address a stand-in
// answers in place of the app, saying which version it is, so that a test counts which version
// Traefik sent each request to.

var (
	// frontDoor is the running Traefik, started once; frontDoorInstall how it was installed.
	frontDoor        *controlplane.Traefik
	frontDoorInstall env.FrontDoor
)

// trafficSetUp is releaseSetUp plus frontDoorUp.
func trafficSetUp(t *testing.T) {
	t.Helper()
	releaseSetUp(t)
	frontDoorUp(t)
}

// frontDoorUp starts, once, the local pod network and Traefik on the simulated cluster,
// installed as docs/cluster.md asks: the entry points and class of env's Traefik front door.
func frontDoorUp(t *testing.T) {
	t.Helper()
	simulation(t)
	if frontDoor != nil {
		return
	}
	require.NoError(t, sim.RoutePodsLocally())
	f, ok := env.FrontDoorOf(env.Traefik)
	require.True(t, ok)
	var err error
	frontDoor, err = sim.StartTraefik(context.Background(), simClient, controlplane.TraefikInstall{
		GatewayClass: f.GatewayClass, HTTPPort: f.HTTPPort, HTTPSPort: f.HTTPSPort, PreviewPort: f.PreviewPort,
		RequestTimeoutSeconds: f.RequestTimeoutSeconds,
	})
	require.NoError(t, err)
	frontDoorInstall = f
}

// ownHosts gives a scenario's environment host names of its own, so that the Gateways of
// scenarios running side by side never claim each other's hosts on the one Traefik.
func ownHosts(e *env.Environment) {
	e.Ingress.Host = e.Namespace + ".screenshot-algo.example.com"
	e.Ingress.PreviewHost = "preview." + e.Namespace + ".screenshot-algo.internal"
}

// podIdentity is who a stand-in answers as: a pod of a tier, at a version.
type podIdentity struct {
	pod, tier, version, hash string
}

// identify reads a pod's identity: its tier's name label, the tag of its image and its
// template hash.
func identify(p *corev1.Pod) podIdentity {
	id := podIdentity{pod: p.Name, tier: p.Labels[nameLabel], hash: p.Labels["rollouts-pod-template-hash"]}
	if len(p.Spec.Containers) > 0 {
		image := p.Spec.Containers[0].Image
		image, _, _ = strings.Cut(image, "@")
		if i := strings.LastIndex(image, ":"); i >= 0 {
			id.version = image[i+1:]
		}
	}
	return id
}

// answerFunc answers one request as the app of the pod id would.
type answerFunc func(id podIdentity, w http.ResponseWriter, r *http.Request)

// standIns serve, at each pod address of a namespace and on each port its containers declare,
// what the pod's app would answer, for as long as the pod runs: kwok's pods until they are
// deleted (kwok removes them at once), the real kubelet's until the kubelet stops their
// container (fakecri records it), as the app stops on SIGTERM.
type standIns struct {
	ns      string
	answer  answerFunc
	stopped func(p *corev1.Pod) bool
	mu      sync.Mutex
	servers map[string]*standIn // by address
	done    chan struct{}
	wg      sync.WaitGroup
}

// standIn is the server at one address, and whom it answers as now.
type standIn struct {
	mu       sync.Mutex
	id       podIdentity
	server   *http.Server
	inFlight sync.WaitGroup
}

func (s *standIn) identity() podIdentity {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.id
}

// startStandIns starts serving the namespace's pods, until the test ends.
func startStandIns(t *testing.T, ns string, answer answerFunc, stopped func(*corev1.Pod) bool) *standIns {
	t.Helper()
	if stopped == nil {
		stopped = func(*corev1.Pod) bool { return false }
	}
	s := &standIns{ns: ns, answer: answer, stopped: stopped, servers: map[string]*standIn{}, done: make(chan struct{})}
	s.wg.Add(1)
	go s.run(t)
	t.Cleanup(func() {
		close(s.done)
		s.wg.Wait()
		s.mu.Lock()
		defer s.mu.Unlock()
		for _, srv := range s.servers {
			_ = srv.server.Close()
		}
	})
	return s
}

// run follows the namespace's pods every 100ms.
func (s *standIns) run(t *testing.T) {
	defer s.wg.Done()
	for {
		pods, err := simClient.Typed.CoreV1().Pods(s.ns).List(context.Background(), metav1.ListOptions{})
		if err == nil {
			s.sync(t, pods.Items)
		}
		select {
		case <-s.done:
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// sync serves each running pod's addresses and stops serving those of pods gone or stopped.
func (s *standIns) sync(t *testing.T, pods []corev1.Pod) {
	live := map[string]podIdentity{}
	for i := range pods {
		p := &pods[i]
		if p.Status.PodIP == "" || s.stopped(p) {
			continue
		}
		for _, c := range p.Spec.Containers {
			for _, port := range c.Ports {
				live[net.JoinHostPort(p.Status.PodIP, fmt.Sprint(port.ContainerPort))] = identify(p)
			}
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for addr, srv := range s.servers {
		if _, ok := live[addr]; !ok {
			// The app got SIGTERM: it takes no new connection, and finishes what it started.
			_ = srv.server.Shutdown(context.Background())
			delete(s.servers, addr)
		}
	}
	for addr, id := range live {
		if srv, ok := s.servers[addr]; ok {
			srv.mu.Lock()
			srv.id = id // kwok gives a deleted pod's address to the next one
			srv.mu.Unlock()
			continue
		}
		l, err := net.Listen("tcp", addr)
		if err != nil {
			t.Logf("stand-in for pod %s at %s: %v", id.pod, addr, err)
			continue
		}
		srv := &standIn{id: id}
		srv.server = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			s.answer(srv.identity(), w, r)
		})}
		s.servers[addr] = srv
		go func() { _ = srv.server.Serve(l) }()
	}
}

// versionHeader carries the version that answered, as the stand-ins say it.
const versionHeader = "X-Served-Version"

// versionAnswers answers every request with the pod's version, as the app would answer, and
// counts it for Prometheus (metrics.served) as the app's own counter would. A version listed in
// failing answers 500 to that share of its requests, evenly spread.
func versionAnswers(ns string, failing map[string]float64) answerFunc {
	var mu sync.Mutex
	counts := map[string]int{}
	return func(id podIdentity, w http.ResponseWriter, r *http.Request) {
		code := http.StatusOK
		if share := failing[id.version]; share > 0 {
			mu.Lock()
			counts[id.version]++
			n := counts[id.version]
			mu.Unlock()
			// Every request that takes the failures' running total to a new whole number fails:
			// exactly that share, spread evenly, so that any window sees it.
			if int(float64(n)*share) > int(float64(n-1)*share) {
				code = http.StatusInternalServerError
			}
		}
		metrics.served(ns, id.tier, id.hash, code)
		w.Header().Set(versionHeader, id.version)
		w.WriteHeader(code)
		fmt.Fprintf(w, "%s %s %s\n", id.tier, id.version, id.pod)
	}
}

// entry is one of Traefik's entry points, reached for a host: the public HTTPS one, the
// internal preview one, or plain HTTP.
type entry struct {
	host string
	port int32
	tls  bool
}

func (d entry) String() string {
	scheme := "http"
	if d.tls {
		scheme = "https"
	}
	return fmt.Sprintf("%s://%s (Traefik on 127.0.0.1:%d)", scheme, d.host, d.port)
}

// publicEntry, previewEntry and plainEntry are the environment's hosts on Traefik's entry points.
func publicEntry(e env.Environment) entry {
	return entry{host: e.Ingress.Host, port: frontDoorInstall.HTTPSPort, tls: true}
}
func previewEntry(e env.Environment) entry {
	return entry{host: e.Ingress.PreviewHost, port: frontDoorInstall.PreviewPort, tls: true}
}
func plainEntry(e env.Environment) entry {
	return entry{host: e.Ingress.Host, port: frontDoorInstall.HTTPPort}
}

// client sends requests to the entry point, whatever the host resolves to, as a load balancer
// in front of it would: the host in the TLS server name and the Host header. Certificates are
// read, not verified (the test's certificates are its own).
func (d entry) client() *http.Client {
	dialer := &net.Dialer{Timeout: 2 * time.Second}
	return &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{
			DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
				return dialer.DialContext(ctx, network, fmt.Sprintf("127.0.0.1:%d", d.port))
			},
			TLSClientConfig:     &tls.Config{ServerName: d.host, InsecureSkipVerify: true},
			MaxIdleConnsPerHost: 16,
		},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

// answer is what one request got: the status and the version that answered, or the error.
type answer struct {
	status  int
	version string
	err     error
	at      time.Time
}

// failed reports whether the request failed as a user would see it: no answer, or a 5xx.
func (a answer) failed() bool { return a.err != nil || a.status >= 500 }

func (a answer) String() string {
	if a.err != nil {
		return fmt.Sprintf("%s: %v", a.at.Format("15:04:05.000"), a.err)
	}
	return fmt.Sprintf("%s: %d from %q", a.at.Format("15:04:05.000"), a.status, a.version)
}

// get sends one GET for path.
func (d entry) get(c *http.Client, path string) answer {
	scheme := "http"
	if d.tls {
		scheme = "https"
	}
	a := answer{at: time.Now()}
	resp, err := c.Get(scheme + "://" + d.host + path)
	if err != nil {
		a.err = err
		return a
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	a.status, a.version = resp.StatusCode, resp.Header.Get(versionHeader)
	return a
}

// sample sends n requests for path, four at a time, and counts the answers by version ("" for
// an answer from no stand-in, such as Traefik's own 404).
func (d entry) sample(path string, n int) (byVersion map[string]int, answers []answer) {
	c := d.client()
	var mu sync.Mutex
	byVersion = map[string]int{}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for next.Add(1) <= int64(n) {
				a := d.get(c, path)
				mu.Lock()
				answers = append(answers, a)
				if !a.failed() {
					byVersion[a.version]++
				} else {
					byVersion["failed"]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return byVersion, answers
}

// onlyVersion says why the entry point does not answer every one of n requests for path from
// version alone.
func (d entry) onlyVersion(path, version string, n int) error {
	got, _ := d.sample(path, n)
	if got[version] != n {
		return fmt.Errorf("%s%s: of %d requests, the answers by version were %v; want all from %q", d, path, n, got, version)
	}
	return nil
}

// awaitVersion waits, up to a minute, until the entry point answers path from version, as it
// does once Traefik has read the objects and the pods' endpoints.
func awaitVersion(t *testing.T, d entry, path, version string) {
	t.Helper()
	c := d.client()
	var last answer
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		if last = d.get(c, path); !last.failed() && last.version == version {
			return
		}
	}
	t.Fatalf("%s%s never answered from %q; last %s\ntraefik's log:\n%s", d, path, version, last, sim.Logs("traefik", 30))
}

// load is steady traffic to an entry point, recorded until stopped.
type load struct {
	stop    chan struct{}
	wg      sync.WaitGroup
	mu      sync.Mutex
	answers []answer
}

// steady sends requests for path at about rps a second, from four clients, until stopped.
func (d entry) steady(path string, rps int) *load {
	l := &load{stop: make(chan struct{})}
	c := d.client()
	for range 4 {
		l.wg.Add(1)
		go func() {
			defer l.wg.Done()
			tick := time.NewTicker(time.Second * 4 / time.Duration(rps))
			defer tick.Stop()
			for {
				select {
				case <-l.stop:
					return
				case <-tick.C:
				}
				a := d.get(c, path)
				l.mu.Lock()
				l.answers = append(l.answers, a)
				l.mu.Unlock()
			}
		}()
	}
	return l
}

// end stops the load and returns every answer, oldest first.
func (l *load) end() []answer {
	close(l.stop)
	l.wg.Wait()
	sort.Slice(l.answers, func(i, j int) bool { return l.answers[i].at.Before(l.answers[j].at) })
	return l.answers
}

// failures are the answers that failed, apart from those of the versions allowed to fail.
func failures(answers []answer, allowed ...string) []answer {
	var out []answer
	for _, a := range answers {
		if a.failed() && !(a.err == nil && slices.Contains(allowed, a.version)) {
			out = append(out, a)
		}
	}
	return out
}

// noFailures says why a load's answers are not all successes, naming the first few failures.
func noFailures(answers []answer, allowed ...string) error {
	failed := failures(answers, allowed...)
	if len(failed) == 0 {
		return nil
	}
	var first []string
	for _, a := range failed[:min(len(failed), 5)] {
		first = append(first, a.String())
	}
	return fmt.Errorf("%d of %d requests failed; first: %s", len(failed), len(answers), strings.Join(first, "; "))
}

// versionsInOrder lists the versions that answered, each once, in the order they first did.
func versionsInOrder(answers []answer) []string {
	var out []string
	for _, a := range answers {
		if !a.failed() && !slices.Contains(out, a.version) {
			out = append(out, a.version)
		}
	}
	return out
}

// share says why the share of version among the answers to n requests is not want (a weight,
// in percent) within tolerance percentage points.
func share(got map[string]int, version string, n, want, tolerance int) error {
	pct := 100 * float64(got[version]) / float64(n)
	if pct < float64(want-tolerance) || pct > float64(want+tolerance) {
		return fmt.Errorf("%q answered %.1f%% of %d requests (%v); the weight is %d%%, allowed ±%d points", version, pct, n, got, want, tolerance)
	}
	return nil
}

// traefikWeights reads what Traefik now routes through the tier's weighted TraefikService: its
// Services' weights, by Service name.
func traefikWeights(ns, tier string) (map[string]int, error) {
	services, err := frontDoor.WeightedServices(context.Background(), ns+"-"+env.ObjectName(tier)+"@kubernetescrd")
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for name, w := range services {
		// Traefik names them "<namespace>-<service>-<port>", with its provider.
		name, _, _ = strings.Cut(name, "@")
		name = strings.TrimPrefix(name, ns+"-")
		if i := strings.LastIndex(name, "-"); i > 0 {
			name = name[:i]
		}
		out[name] = w
	}
	return out, nil
}

// awaitTraefikWeight waits, up to a minute, until Traefik sends the tier's canary Service
// (its preview Service) weight percent of the traffic, as the Rollout asked of the
// TraefikService; Traefik applies a change within its providers' throttle (2s by default).
func awaitTraefikWeight(t *testing.T, ns, tier string, weight int) {
	t.Helper()
	canary := env.ObjectName(tier) + "-preview"
	var last map[string]int
	var err error
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if last, err = traefikWeights(ns, tier); err == nil {
			if w, ok := last[canary]; ok && w == weight {
				return
			}
		}
	}
	t.Fatalf("Traefik never weighted %s at %d; last %v (%v)\ntraefik's log:\n%s", canary, weight, last, err, sim.Logs("traefik", 20))
}
