package controlplane

import (
	"bufio"
	"context"
	"fmt"
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

// StartKubelet runs a real kubelet, built from the same Kubernetes release, against the fake
// container runtime of k8s.io/cri-client (fakecri): it registers KubeletNode and does for the
// pods bound to it all a kubelet does but start containers, among it writing their Secret and
// ConfigMap volumes under its root folder and rewriting them when the objects change. It
// returns that root folder: a pod's volume is <root>/pods/<pod UID>/volumes/<plugin>/<name>.
func (cp *ControlPlane) StartKubelet() (string, error) {
	socket := filepath.Join(cp.Dir, "fakecri.sock")
	if err := cp.start("fakecri", "unix://"+socket); err != nil {
		return "", err
	}
	if err := poll(context.Background(), 30*time.Second, func() (bool, error) {
		if err := cp.exitedEarly("fakecri"); err != nil {
			return false, err
		}
		_, err := os.Stat(socket)
		return err == nil, nil
	}); err != nil {
		return "", fmt.Errorf("fakecri: no socket at %s: %w", socket, err)
	}
	ports, err := freePorts(2)
	if err != nil {
		return "", err
	}
	root := filepath.Join(cp.Dir, "kubelet")
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
`, ports[0], ports[1], socket, KubeletTaint)
	configPath := filepath.Join(cp.Dir, "kubelet.yaml")
	if err := os.WriteFile(configPath, []byte(config), 0o644); err != nil {
		return "", err
	}
	// The kubelet mounts each Secret volume as a tmpfs under root; unmount them when it is
	// gone, or the working folder cannot be removed.
	cp.afterStop = append(cp.afterStop, func() { unmountUnder(root) })
	err = cp.start("kubelet", "--config", configPath, "--kubeconfig", cp.Kubeconfig,
		"--hostname-override", KubeletNode, "--root-dir", root, "--cert-dir", filepath.Join(root, "pki"))
	return root, err
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
