package controlplane

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// KubeletNode is the node that StartKubelet's kubelet registers. It is tainted
// KubeletTaint:NoSchedule, so that only pods bound to it by name run there, never the
// simulated workloads.
const (
	KubeletNode  = "real-kubelet"
	KubeletTaint = "screenshot-algo.io/real-kubelet"
)

// Kubelet is a real kubelet started by StartKubelet.
type Kubelet struct {
	// Root is the kubelet's root folder: a pod's volume is
	// <Root>/pods/<pod UID>/volumes/<plugin>/<name>.
	Root string
	// PodIP is the address every pod on the kubelet gets: one of this machine's, where a test
	// serves what the kubelet probes.
	PodIP string
	// record is fakecri's record file (RuntimeRecord lines).
	record string
}

// RuntimeRecord is a call the kubelet made to the container runtime, as fakecri records it.
type RuntimeRecord struct {
	Time time.Time `json:"time"`
	// Call is RunPodSandbox or StopContainer.
	Call      string `json:"call"`
	Namespace string `json:"namespace"`
	Pod       string `json:"pod"`
	// RuntimeHandler is the handler the kubelet resolved from the pod's RuntimeClass.
	RuntimeHandler string `json:"runtimeHandler"`
	// DNS is the resolver configuration the kubelet built for the pod (RunPodSandbox).
	DNS struct {
		Servers  []string `json:"servers"`
		Searches []string `json:"searches"`
		Options  []string `json:"options"`
	} `json:"dns"`
	// Container and TimeoutSeconds: which container is stopped, with how long until SIGKILL.
	Container      string `json:"container"`
	TimeoutSeconds int64  `json:"timeoutSeconds"`
}

// Records returns the runtime calls the kubelet made for one pod, oldest first.
func (k *Kubelet) Records(namespace, pod string) ([]RuntimeRecord, error) {
	b, err := os.ReadFile(k.record)
	if err != nil {
		return nil, err
	}
	var out []RuntimeRecord
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var r RuntimeRecord
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			return nil, fmt.Errorf("fakecri record %q: %w", line, err)
		}
		if r.Namespace == namespace && r.Pod == pod {
			out = append(out, r)
		}
	}
	return out, nil
}

// KubeletDNS is the cluster DNS address and domain the kubelet gives pods, as on EKS.
const (
	KubeletDNS    = "10.100.0.10"
	KubeletDomain = "cluster.local"
)

// StartKubelet runs a real kubelet, built from the same Kubernetes release, against the fake
// container runtime of k8s.io/cri-client (fakecri): it registers KubeletNode and does for the
// pods bound to it all a kubelet does but run processes. It writes their Secret and ConfigMap
// volumes under its root folder and rewrites them when the objects change, probes them over
// HTTP at PodIP (fakecri gives every pod that address), runs their preStop hooks and grace
// periods, and resolves their DNS configuration and RuntimeClass, which fakecri records.
func (cp *ControlPlane) StartKubelet() (*Kubelet, error) {
	socket := filepath.Join(cp.Dir, "fakecri.sock")
	ip, err := hostIP()
	if err != nil {
		return nil, err
	}
	k := &Kubelet{Root: filepath.Join(cp.Dir, "kubelet"), PodIP: ip, record: filepath.Join(cp.Dir, "fakecri.jsonl")}
	if err := cp.start("fakecri", "unix://"+socket, k.record, ip); err != nil {
		return nil, err
	}
	if err := poll(context.Background(), 30*time.Second, func() (bool, error) {
		if err := cp.exitedEarly("fakecri"); err != nil {
			return false, err
		}
		_, err := os.Stat(socket)
		return err == nil, nil
	}); err != nil {
		return nil, fmt.Errorf("fakecri: no socket at %s: %w", socket, err)
	}
	ports, err := freePorts(2)
	if err != nil {
		return nil, err
	}
	// Secrets are watched, not polled, and pods synced every 10s, so that a changed Secret
	// reaches its volumes within seconds. No cgroups are managed: the runtime starts nothing.
	config := fmt.Sprintf(`apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication: {anonymous: {enabled: false}, webhook: {enabled: false}}
authorization: {mode: AlwaysAllow}
address: 127.0.0.1
port: %d
healthzBindAddress: 127.0.0.1
healthzPort: %d
readOnlyPort: 0
containerRuntimeEndpoint: unix://%s
cgroupsPerQOS: false
cgroupDriver: cgroupfs
enforceNodeAllocatable: []
failSwapOn: false
failCgroupV1: false
syncFrequency: 10s
configMapAndSecretChangeDetectionStrategy: Watch
registerWithTaints: [{key: %s, value: "true", effect: NoSchedule}]
clusterDNS: [%s]
clusterDomain: %s
podLogsDir: %s
`, ports[0], ports[1], socket, KubeletTaint, KubeletDNS, KubeletDomain, filepath.Join(cp.Dir, "pod-logs"))
	configPath := filepath.Join(cp.Dir, "kubelet.yaml")
	if err := os.WriteFile(configPath, []byte(config), 0o644); err != nil {
		return nil, err
	}
	// The kubelet mounts each Secret volume as a tmpfs under root; unmount them when it is
	// gone, or the working folder cannot be removed.
	cp.afterStop = append(cp.afterStop, func() { unmountUnder(k.Root) })
	err = cp.start("kubelet", "--config", configPath, "--kubeconfig", cp.Kubeconfig,
		"--hostname-override", KubeletNode, "--root-dir", k.Root, "--cert-dir", filepath.Join(k.Root, "pki"))
	return k, err
}

// hostIP is this machine's first IPv4 address outside loopback: pods need one that an
// EndpointSlice accepts and that the test can serve on.
func hostIP() (string, error) {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return "", err
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && n.IP.IsGlobalUnicast() {
			return n.IP.String(), nil
		}
	}
	return "", fmt.Errorf("the kubelet's pods need an IPv4 address of this machine outside loopback; it has none (%v)", addrs)
}

// unmountUnder detaches every mount at or below dir, deepest first: the kubelet also
// bind-mounts its root folder onto itself.
func unmountUnder(dir string) {
	f, err := os.Open("/proc/self/mountinfo")
	if err != nil {
		return
	}
	defer f.Close()
	var points []string
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		fields := strings.Fields(lines.Text())
		if len(fields) > 4 && (fields[4] == dir || strings.HasPrefix(fields[4], dir+"/")) {
			if p, err := strconv.Unquote(`"` + fields[4] + `"`); err == nil {
				points = append(points, p)
			}
		}
	}
	sort.Sort(sort.Reverse(sort.StringSlice(points)))
	for _, p := range points {
		_ = syscall.Unmount(p, syscall.MNT_DETACH)
	}
}
