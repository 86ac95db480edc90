// Command fakecri serves k8s.io/cri-client's fake container runtime on a unix socket, until
// interrupted. A kubelet pointed at it runs pods whose containers start and stop instantly and
// run nothing: the kubelet does all the rest of its work for real (volumes, probes, preStop
// hooks, grace periods, DNS and runtime-class resolution, status), which is what the tests of
// that work need on a machine with no container runtime.
//
// Two things differ from the fake's defaults, so that tests can watch the kubelet:
//   - every sandbox gets the address given as the third argument, one of the machine's own, so
//     the kubelet's HTTP probes reach a server the test runs there in place of the app (not a
//     loopback address: EndpointSlices refuse those); a pod annotated PodIPAnnotation gets that
//     address instead, so that a test can give each pod an address of its own that it serves;
//   - the sandbox configurations and the container stops the kubelet asks for are appended, one
//     JSON object per line, to the record file given as the second argument.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"google.golang.org/grpc"
	runtimeapi "k8s.io/cri-api/pkg/apis/runtime/v1"
	apitest "k8s.io/cri-api/pkg/apis/testing"
	"k8s.io/cri-client/pkg/fake"
	"k8s.io/cri-client/pkg/util"
)

// Record is one line of the record file.
type Record struct {
	Time time.Time `json:"time"`
	// Call is RunPodSandbox or StopContainer.
	Call string `json:"call"`
	// Namespace and Pod name the pod the call is for.
	Namespace string `json:"namespace"`
	Pod       string `json:"pod"`
	// RunPodSandbox: the runtime handler the kubelet resolved from the pod's RuntimeClass,
	// and the DNS configuration it built for the pod.
	RuntimeHandler string                `json:"runtimeHandler,omitempty"`
	DNS            *runtimeapi.DNSConfig `json:"dns,omitempty"`
	// StopContainer: the container, and the seconds the kubelet gives it before SIGKILL.
	Container      string `json:"container,omitempty"`
	TimeoutSeconds int64  `json:"timeoutSeconds,omitempty"`
}

// recorder wraps the fake runtime, writing the calls tests look at to the record file.
type recorder struct {
	*fake.RemoteRuntime
	mu  sync.Mutex
	out *os.File
}

func (r *recorder) write(rec Record) {
	rec.Time = time.Now()
	b, _ := json.Marshal(rec)
	r.mu.Lock()
	defer r.mu.Unlock()
	_, _ = r.out.Write(append(b, '\n'))
}

// PodIPAnnotation, on a pod, is the address its sandbox gets instead of the default one.
const PodIPAnnotation = "fakecri.screenshot-algo.io/pod-ip"

// RunPodSandbox records the sandbox's configuration, then runs it, at the address its pod's
// PodIPAnnotation asks for if any.
func (r *recorder) RunPodSandbox(ctx context.Context, req *runtimeapi.RunPodSandboxRequest) (*runtimeapi.RunPodSandboxResponse, error) {
	md := req.GetConfig().GetMetadata()
	r.write(Record{Call: "RunPodSandbox", Namespace: md.GetNamespace(), Pod: md.GetName(),
		RuntimeHandler: req.GetRuntimeHandler(), DNS: req.GetConfig().GetDnsConfig()})
	resp, err := r.RemoteRuntime.RunPodSandbox(ctx, req)
	if ip := req.GetConfig().GetAnnotations()[PodIPAnnotation]; err == nil && ip != "" {
		r.RuntimeService.Lock()
		defer r.RuntimeService.Unlock()
		if sandbox, ok := r.RuntimeService.Sandboxes[resp.GetPodSandboxId()]; ok {
			sandbox.Network.Ip = ip
		}
	}
	return resp, err
}

// CreateContainer creates the container with its log file where the kubelet expects it. The
// fake keeps no log path, and the kubelet cleans a removed container's logs by deleting what
// "<log path>*" matches: with an empty path, every file in its working folder.
func (r *recorder) CreateContainer(ctx context.Context, req *runtimeapi.CreateContainerRequest) (*runtimeapi.CreateContainerResponse, error) {
	resp, err := r.RemoteRuntime.CreateContainer(ctx, req)
	if err != nil {
		return nil, err
	}
	dir := req.GetSandboxConfig().GetLogDirectory()
	if !filepath.IsAbs(dir) {
		return nil, fmt.Errorf("fakecri: sandbox log directory %q is not absolute", dir)
	}
	path := filepath.Join(dir, req.GetConfig().GetLogPath())
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		return nil, err
	}
	r.RuntimeService.Lock()
	defer r.RuntimeService.Unlock()
	if c, ok := r.RuntimeService.Containers[resp.GetContainerId()]; ok {
		c.LogPath = path
	}
	return resp, nil
}

// StopContainer records which pod's container is stopped, and with what timeout, then stops it.
func (r *recorder) StopContainer(ctx context.Context, req *runtimeapi.StopContainerRequest) (*runtimeapi.StopContainerResponse, error) {
	rec := Record{Call: "StopContainer", TimeoutSeconds: req.GetTimeout()}
	if status, err := r.RuntimeService.ContainerStatus(ctx, req.GetContainerId(), false); err == nil {
		labels := status.GetStatus().GetLabels()
		rec.Namespace, rec.Pod = labels["io.kubernetes.pod.namespace"], labels["io.kubernetes.pod.name"]
		rec.Container = status.GetStatus().GetMetadata().GetName()
	}
	r.write(rec)
	return r.RemoteRuntime.StopContainer(ctx, req)
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: fakecri unix:///path/to.sock RECORD_FILE POD_IP")
		os.Exit(2)
	}
	out, err := os.OpenFile(os.Args[2], os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakecri:", err)
		os.Exit(1)
	}
	apitest.FakePodSandboxIPs = []string{os.Args[3]}
	runtime := fake.NewFakeRemoteRuntime()
	// The kubelet refuses an image without a size, so "pulled" images get one.
	runtime.ImageService.SetFakeImageSize(1 << 20)
	runtime.RuntimeService.FakeStatus = &runtimeapi.RuntimeStatus{Conditions: []*runtimeapi.RuntimeCondition{
		{Type: runtimeapi.RuntimeReady, Status: true},
		{Type: runtimeapi.NetworkReady, Status: true},
	}}
	rec := &recorder{RemoteRuntime: runtime, out: out}
	listener, err := util.CreateListener(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "fakecri:", err)
		os.Exit(1)
	}
	server := grpc.NewServer()
	runtimeapi.RegisterRuntimeServiceServer(server, rec)
	runtimeapi.RegisterImageServiceServer(server, runtime)
	go func() { _ = server.Serve(listener) }()
	fmt.Println("fakecri: serving", os.Args[1])
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
	server.Stop()
}
