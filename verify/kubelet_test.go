package verify

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
	discoveryv1 "k8s.io/api/discovery/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/synth"
)

// kubelet is the real kubelet on the simulated cluster, once started.
var kubelet *controlplane.Kubelet

// realKubelet starts, once, a real kubelet on the simulated cluster (controlplane.StartKubelet).
// Tests call it before t.Parallel.
func realKubelet(t *testing.T) *controlplane.Kubelet {
	t.Helper()
	simulation(t)
	if kubelet == nil {
		k, err := sim.StartKubelet()
		require.NoError(t, err)
		require.Eventually(t, func() bool {
			node, err := simClient.Typed.CoreV1().Nodes().Get(context.Background(), controlplane.KubeletNode, metav1.GetOptions{})
			if err != nil {
				return false
			}
			for _, c := range node.Status.Conditions {
				if c.Type == corev1.NodeReady {
					return c.Status == corev1.ConditionTrue
				}
			}
			return false
		}, time.Minute, 250*time.Millisecond, "the kubelet's node is Ready:\n%s", sim.Logs("kubelet", 30))
		kubelet = k
	}
	return kubelet
}

// productionBeside synthesizes production into its own namespace ns of the simulated cluster and
// applies what its pods need to start there, but no workload: the cluster folder, what the
// cluster provides (credentials, CA bundle, RuntimeClasses), and the ServiceAccounts,
// ConfigMaps and Services. It returns the objects. Tests call it before t.Parallel (jsii).
func productionBeside(t *testing.T, ns string) []*unstructured.Unstructured {
	t.Helper()
	simulation(t)
	ctx := context.Background()
	folder := synthProductionIn(t, ns)
	kubectl(t, "apply", "-k", filepath.Join(folder, synth.ClusterDir))
	deleteNamespaceAtEnd(t, ns)
	objs := manifests(t, folder)
	provideOutsideDependencies(t, objs)
	require.NoError(t, simClient.ProvideIsolation(ctx, objs))
	for _, o := range objs {
		switch o.GetKind() {
		case "ServiceAccount", "ConfigMap", "Service":
			_, err := simClient.Apply(ctx, o, false)
			require.NoError(t, err, controlplane.Describe(o))
		}
	}
	return objs
}

// kubeletScenario prepares a test of the real kubelet: production's dependencies in the test's
// own namespace ns (productionBeside); then the test goes on in parallel with the others.
func kubeletScenario(t *testing.T, ns string) (*controlplane.Kubelet, []*unstructured.Unstructured) {
	t.Helper()
	needsCluster(t)
	k := realKubelet(t)
	objs := productionBeside(t, ns)
	t.Parallel()
	return k, objs
}

// onKubelet creates pod on the real kubelet's node. Where pods are placed is the scheduler's
// business, tested elsewhere: the pod is bound by name and its placement rules are dropped. So
// are its containers' sizes, tested elsewhere too: the kubelet admits pods by this machine's
// own cores, which the scenarios running at once would exceed at production's requests, so the
// pods request nothing.
func onKubelet(t *testing.T, pod *corev1.Pod) *corev1.Pod {
	t.Helper()
	pod.Spec.NodeName = controlplane.KubeletNode
	pod.Spec.NodeSelector, pod.Spec.Affinity = nil, nil
	for i := range pod.Spec.Containers {
		pod.Spec.Containers[i].Resources = corev1.ResourceRequirements{}
	}
	pod.Spec.Tolerations = append(pod.Spec.Tolerations, corev1.Toleration{Key: controlplane.KubeletTaint, Operator: corev1.TolerationOpExists})
	created, err := simClient.Typed.CoreV1().Pods(pod.Namespace).Create(context.Background(), pod, metav1.CreateOptions{})
	require.NoError(t, err)
	return created
}

// standInApp serves, at the kubelet's pod address and the container's port named http, what the app's health endpoints would answer: 503 until healthyAfter has passed, then
// 200. It stands in for the app's process, which the fake runtime does not run; the kubelet
// that probes it is real.
func standInApp(t *testing.T, k *controlplane.Kubelet, ctr corev1.Container, healthyAfter time.Duration) {
	t.Helper()
	var port int32
	for _, p := range ctr.Ports {
		if p.Name == "http" {
			port = p.ContainerPort
		}
	}
	require.NotZero(t, port, "container %s has a port named http", ctr.Name)
	address := net.JoinHostPort(k.PodIP, fmt.Sprint(port))
	listener, err := net.Listen("tcp", address)
	require.NoError(t, err, "the stand-in for %s needs %s", ctr.Name, address)
	healthy := time.Now().Add(healthyAfter)
	server := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		if time.Now().Before(healthy) {
			w.WriteHeader(http.StatusServiceUnavailable)
		}
	})}
	go func() { _ = server.Serve(listener) }()
	t.Cleanup(func() { _ = server.Close() })
}

// podState is what a test reads of a pod: gone, ready, restarts.
func podState(t *testing.T, ns, name string) (gone, ready bool, restarts int32) {
	t.Helper()
	pod, err := simClient.Typed.CoreV1().Pods(ns).Get(context.Background(), name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return true, false, 0
	}
	require.NoError(t, err)
	for _, c := range pod.Status.Conditions {
		if c.Type == corev1.PodReady {
			ready = c.Status == corev1.ConditionTrue
		}
	}
	for _, s := range pod.Status.ContainerStatuses {
		restarts += s.RestartCount
	}
	return false, ready, restarts
}

// endpointReady says whether the Service's EndpointSlices list the pod as ready, the condition
// ingress-nginx and kube-proxy route by.
func endpointReady(t *testing.T, ns, service, pod string) bool {
	t.Helper()
	return slices.Contains(readyEndpointPods(t, ns, service), pod)
}

// readyEndpointPods names the pods the Service's EndpointSlices list as ready.
func readyEndpointPods(t *testing.T, ns, service string) []string {
	t.Helper()
	list, err := simClient.Typed.DiscoveryV1().EndpointSlices(ns).List(context.Background(),
		metav1.ListOptions{LabelSelector: discoveryv1.LabelServiceName + "=" + service})
	require.NoError(t, err)
	var pods []string
	for _, s := range list.Items {
		for _, e := range s.Endpoints {
			if e.TargetRef != nil && e.Conditions.Ready != nil && *e.Conditions.Ready {
				pods = append(pods, e.TargetRef.Name)
			}
		}
	}
	return pods
}

// stop is what happened after a pod's deletion: when its endpoint stopped being ready, when the
// kubelet asked the runtime to stop its container (the SIGTERM), and how long it gave it
// before SIGKILL.
type stop struct {
	endpointOut, stopped time.Duration
	killAfter            int64
}

// checkStop says why a stop drops requests, if it does: the container must go on serving for
// preStop seconds after its endpoint left the Service (the time ingress-nginx and kube-proxy
// take to notice), then have drain seconds to finish its requests before SIGKILL. One second
// is allowed for the test's own polling.
func checkStop(s stop, preStop, drain int64) error {
	var errs []error
	if serving := s.stopped - s.endpointOut; serving < time.Duration(preStop-1)*time.Second {
		errs = append(errs, fmt.Errorf("the container was sent SIGTERM %s after its endpoint left the Service, want at least %ds for the routers to notice",
			serving.Round(100*time.Millisecond), preStop))
	}
	if s.killAfter < drain-1 {
		errs = append(errs, fmt.Errorf("SIGKILL followed SIGTERM after %ds, want at least %ds to drain", s.killAfter, drain))
	}
	return errors.Join(errs...)
}

// watchStop waits for the pod to serve, deletes it and watches its stop until it is gone.
func watchStop(t *testing.T, k *controlplane.Kubelet, pod *corev1.Pod, service string) stop {
	t.Helper()
	ctx := context.Background()
	if !assert.Eventually(t, func() bool {
		_, ready, _ := podState(t, pod.Namespace, pod.Name)
		return ready && endpointReady(t, pod.Namespace, service, pod.Name)
	}, 2*time.Minute, 250*time.Millisecond, "%s is ready and in %s's endpoints", pod.Name, service) {
		t.Fatalf("%s\n%s", kubectl(t, "get", "pod,endpointslice", "-n", pod.Namespace, "-o", "yaml"), sim.Logs("kubelet", 20))
	}

	deleted := time.Now()
	require.NoError(t, simClient.Typed.CoreV1().Pods(pod.Namespace).Delete(ctx, pod.Name, metav1.DeleteOptions{}))
	var s stop
	require.Eventually(t, func() bool {
		if s.endpointOut == 0 && !endpointReady(t, pod.Namespace, service, pod.Name) {
			s.endpointOut = time.Since(deleted)
		}
		gone, _, _ := podState(t, pod.Namespace, pod.Name)
		return gone
	}, 2*time.Minute, 100*time.Millisecond, "%s is deleted", pod.Name)
	records, err := k.Records(pod.Namespace, pod.Name)
	require.NoError(t, err)
	for _, r := range records {
		if r.Call == "StopContainer" && s.stopped == 0 {
			s.stopped, s.killAfter = r.Time.Sub(deleted), r.TimeoutSeconds
		}
	}
	require.NotZero(t, s.stopped, "the kubelet stopped %s's container: %+v", pod.Name, records)
	t.Logf("%s: endpoint out after %s, SIGTERM after %s, SIGKILL %ds later", pod.Name,
		s.endpointOut.Round(100*time.Millisecond), s.stopped.Round(100*time.Millisecond), s.killAfter)
	return s
}

// TestGracefulStop deletes a production backend pod on a real kubelet, as a rollout, a
// scale-down or a drain does: its endpoint leaves the Service at once, the kubelet's preStop
// sleep keeps the container serving while the routers catch up, and SIGTERM comes with the
// drain time left before SIGKILL. The same pod without the preStop hook is the break-test: it
// is sent SIGTERM as its endpoint leaves, and checkStop reports it.
func TestGracefulStop(t *testing.T) {
	const ns = "graceful-stop"
	k, objs := kubeletScenario(t, ns)

	tpl := workloadTemplate(t, objs, "Rollout", env.ObjectName("backend"))
	standInApp(t, k, tpl.Spec.Containers[0], 0)
	grace := *tpl.Spec.TerminationGracePeriodSeconds
	hook := tpl.Spec.Containers[0].Lifecycle
	require.True(t, hook != nil && hook.PreStop != nil && hook.PreStop.Sleep != nil, "the backend's preStop hook is a sleep")
	preStop := hook.PreStop.Sleep.Seconds
	drain := grace - preStop

	bare := podOf(tpl, "backend-without-prestop", ns)
	bare.Spec.Containers[0].Lifecycle = nil
	pods := []*corev1.Pod{onKubelet(t, podOf(tpl, "backend", ns)), onKubelet(t, bare)}

	assert.NoError(t, checkStop(watchStop(t, k, pods[0], env.ObjectName("backend")), preStop, drain),
		"production's backend stops without dropping requests")
	err := checkStop(watchStop(t, k, pods[1], env.ObjectName("backend")), preStop, drain)
	assert.ErrorContains(t, err, "after its endpoint left the Service", "a pod without the preStop sleep is caught")
}

// TestSlowStartIsNotKilled starts production's frontend on a real kubelet with an app that
// answers its health checks only after 45 seconds, a cold Node start on a busy node: the
// startupProbe holds the liveness probe off, so the pod becomes ready without a restart. The
// break-test is the same pod without its startupProbe, which the kubelet's liveness probe
// restarts before it ever answers.
func TestSlowStartIsNotKilled(t *testing.T) {
	const ns = "slow-start"
	k, objs := kubeletScenario(t, ns)

	tpl := workloadTemplate(t, objs, "Rollout", env.ObjectName("frontend"))
	const slow = 45 * time.Second
	startup := tpl.Spec.Containers[0].StartupProbe
	require.NotNil(t, startup, "the frontend has a startupProbe")
	require.Greater(t, time.Duration(startup.PeriodSeconds*startup.FailureThreshold)*time.Second, slow,
		"the startupProbe allows more than %s", slow)
	standInApp(t, k, tpl.Spec.Containers[0], slow)

	bare := podOf(tpl, "frontend-without-startup-probe", ns)
	bare.Spec.Containers[0].StartupProbe = nil
	guarded, unguarded := onKubelet(t, podOf(tpl, "frontend", ns)), onKubelet(t, bare)

	require.Eventually(t, func() bool {
		_, ready, _ := podState(t, ns, guarded.Name)
		return ready
	}, slow+time.Minute, 500*time.Millisecond, "the frontend becomes ready once the app answers")
	_, _, restarts := podState(t, ns, guarded.Name)
	assert.Zero(t, restarts, "the startupProbe kept liveness from restarting a slow start")
	_, _, restarts = podState(t, ns, unguarded.Name)
	assert.NotZero(t, restarts, "without a startupProbe, liveness restarts the slow start (the break-test)")
}

// checkWorkerSandbox says why a worker's sandbox, as the kubelet asked the runtime for it, is
// not what the isolation and DNS settings promise: the gVisor runtime handler, and names
// looked up as given first (ndots 1), not through the cluster's search path.
func checkWorkerSandbox(r controlplane.RuntimeRecord, handler string) error {
	var errs []error
	if r.RuntimeHandler != handler {
		errs = append(errs, fmt.Errorf("the sandbox runs on runtime handler %q, want %q", r.RuntimeHandler, handler))
	}
	if !slices.Contains(r.DNS.Options, "ndots:1") {
		errs = append(errs, fmt.Errorf("the resolver options are %v, want ndots:1", r.DNS.Options))
	}
	return errors.Join(errs...)
}

// sandboxOf waits for the kubelet to run the pod's sandbox and returns what it asked for.
func sandboxOf(t *testing.T, k *controlplane.Kubelet, pod *corev1.Pod) controlplane.RuntimeRecord {
	t.Helper()
	var sandbox controlplane.RuntimeRecord
	require.Eventually(t, func() bool {
		records, err := k.Records(pod.Namespace, pod.Name)
		require.NoError(t, err)
		for _, r := range records {
			if r.Call == "RunPodSandbox" {
				sandbox = r
				return true
			}
		}
		return false
	}, time.Minute, 250*time.Millisecond, "the kubelet runs %s's sandbox:\n%s", pod.Name, sim.Logs("kubelet", 20))
	return sandbox
}

// TestWorkerSandbox runs production's worker on a real kubelet: the kubelet resolves its
// RuntimeClass to the gVisor handler and gives the runtime a resolver with ndots 1 and the
// cluster's DNS. The backend, which has neither setting, is the break-test.
func TestWorkerSandbox(t *testing.T) {
	const ns = "worker-sandbox"
	k, objs := kubeletScenario(t, ns)

	worker := workloadTemplate(t, objs, "Deployment", env.ObjectName("worker"))
	require.NotNil(t, worker.Spec.RuntimeClassName, "the worker names a RuntimeClass")
	rc, err := simClient.Typed.NodeV1().RuntimeClasses().Get(context.Background(), *worker.Spec.RuntimeClassName, metav1.GetOptions{})
	require.NoError(t, err)

	sandbox := sandboxOf(t, k, onKubelet(t, podOf(worker, "worker", ns)))
	assert.NoError(t, checkWorkerSandbox(sandbox, rc.Handler))
	assert.Equal(t, []string{controlplane.KubeletDNS}, sandbox.DNS.Servers, "the worker still resolves through the cluster DNS")
	assert.Contains(t, sandbox.DNS.Searches, ns+".svc."+controlplane.KubeletDomain, "the worker still finds the namespace's Services by short name")

	backend := sandboxOf(t, k, onKubelet(t, podOf(workloadTemplate(t, objs, "Rollout", env.ObjectName("backend")), "backend", ns)))
	err = checkWorkerSandbox(backend, rc.Handler)
	assert.ErrorContains(t, err, "runtime handler", "a pod without the RuntimeClass is caught")
	assert.True(t, err != nil && strings.Contains(err.Error(), "ndots:5"), "a pod with the default ndots is caught: %v", err)
}
