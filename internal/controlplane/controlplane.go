// Package controlplane runs a real Kubernetes control plane on loopback for the verification
// tests: etcd and kube-apiserver, and for a simulated cluster kube-controller-manager,
// kube-scheduler and kwok, whose fake nodes run pods through their lifecycle. The binaries are
// the ones tools/controlplane/build.sh builds from pinned Go modules.
package controlplane

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"k8s.io/client-go/rest"
)

// ControlPlane is a running control plane. Stop it when done, whatever happened.
type ControlPlane struct {
	// Dir holds its certificates, kubeconfig, data and one log file per component.
	Dir string
	// Kubeconfig is the path of an admin kubeconfig, for kubectl.
	Kubeconfig string
	// Config is an admin client configuration.
	Config *rest.Config
	// ArgoCDServer is the address of Argo CD's API server once StartArgoCD ran, for the argocd
	// CLI (--server, with --plaintext: no TLS and no login).
	ArgoCDServer string

	bin   string
	token string
	procs []*process
	// afterStop run once every component has stopped, before Dir is removed.
	afterStop []func()
}

// process is one running component.
type process struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan struct{}
}

// BinDir returns the folder of built binaries: $CONTROLPLANE_BIN when set (make test sets it
// after building), else whatever tools/controlplane/build.sh builds or finds cached.
func BinDir(repoRoot string) (string, error) {
	if dir := os.Getenv("CONTROLPLANE_BIN"); dir != "" {
		return dir, nil
	}
	cmd := exec.Command(filepath.Join(repoRoot, "tools", "controlplane", "build.sh"))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("building the control plane: %w", err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	return lines[len(lines)-1], nil
}

// Start runs etcd and kube-apiserver on free loopback ports and waits until the API server is
// ready. On error, whatever started is stopped again.
func Start(binDir string) (_ *ControlPlane, err error) {
	dir, err := os.MkdirTemp("", "controlplane-")
	if err != nil {
		return nil, err
	}
	// Named apart from the result, which a failing return sets to nil before this runs.
	cp := &ControlPlane{Dir: dir, bin: binDir}
	defer func() {
		if err != nil {
			cp.Stop()
		}
	}()
	if cp.token, err = randomHex(16); err != nil {
		return nil, err
	}
	if err := writeServiceAccountKeys(dir); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "tokens.csv"), []byte(cp.token+",admin,admin,system:masters\n"), 0o600); err != nil {
		return nil, err
	}

	ports, err := freePorts(3)
	if err != nil {
		return nil, err
	}
	etcdURL := fmt.Sprintf("http://127.0.0.1:%d", ports[0])
	if err := cp.start("etcd",
		"--data-dir", filepath.Join(dir, "etcd"),
		"--listen-client-urls", etcdURL, "--advertise-client-urls", etcdURL,
		"--listen-peer-urls", fmt.Sprintf("http://127.0.0.1:%d", ports[1]),
		"--log-level", "warn",
	); err != nil {
		return nil, err
	}

	certDir := filepath.Join(dir, "certs")
	if err := cp.start("kube-apiserver",
		"--etcd-servers", etcdURL,
		"--bind-address", "127.0.0.1", "--advertise-address", "127.0.0.1",
		"--secure-port", strconv.Itoa(ports[2]),
		"--cert-dir", certDir,
		"--service-account-issuer", "https://kubernetes.default.svc",
		"--service-account-key-file", filepath.Join(dir, "sa.pub"),
		"--service-account-signing-key-file", filepath.Join(dir, "sa.key"),
		"--token-auth-file", filepath.Join(dir, "tokens.csv"),
		"--authorization-mode", "RBAC",
		"--service-cluster-ip-range", "10.96.0.0/16",
		// As on EKS and kubeadm clusters: privileged pods are allowed by the API and refused by
		// Pod Security, which is what the tests check.
		"--allow-privileged=true",
	); err != nil {
		return nil, err
	}

	host := fmt.Sprintf("https://127.0.0.1:%d", ports[2])
	if err := cp.waitReady(host, 90*time.Second); err != nil {
		return nil, err
	}
	// The serving certificate exists once the server is up.
	ca := filepath.Join(certDir, "apiserver.crt")
	cp.Config = &rest.Config{Host: host, BearerToken: cp.token, TLSClientConfig: rest.TLSClientConfig{CAFile: ca}, QPS: 200, Burst: 400}
	cp.Kubeconfig = filepath.Join(dir, "kubeconfig")
	kubeconfig := fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
- name: local
  cluster: {server: %q, certificate-authority: %q}
users:
- name: admin
  user: {token: %q}
contexts:
- name: local
  context: {cluster: local, user: admin}
current-context: local
`, host, ca, cp.token)
	if err := os.WriteFile(cp.Kubeconfig, []byte(kubeconfig), 0o600); err != nil {
		return nil, err
	}
	return cp, nil
}

// StartSimulation adds kube-controller-manager, kube-scheduler and kwok, so that applied
// workloads get pods that are scheduled onto fake nodes and become Running and Ready.
// stagesYAML is kwok's Stage configuration.
func (cp *ControlPlane) StartSimulation(stagesYAML []byte) error {
	ports, err := freePorts(2)
	if err != nil {
		return err
	}
	kc := cp.Kubeconfig
	if err := cp.start("kube-controller-manager",
		"--kubeconfig", kc, "--authentication-kubeconfig", kc, "--authorization-kubeconfig", kc,
		"--bind-address", "127.0.0.1", "--secure-port", strconv.Itoa(ports[0]),
		"--service-account-private-key-file", filepath.Join(cp.Dir, "sa.key"),
		"--root-ca-file", filepath.Join(cp.Dir, "certs", "apiserver.crt"),
		"--controllers", "*,-serviceaccount-token",
		"--leader-elect=false",
	); err != nil {
		return err
	}
	if err := cp.start("kube-scheduler",
		"--kubeconfig", kc, "--authentication-kubeconfig", kc, "--authorization-kubeconfig", kc,
		"--bind-address", "127.0.0.1", "--secure-port", strconv.Itoa(ports[1]),
		"--leader-elect=false",
	); err != nil {
		return err
	}
	stages := filepath.Join(cp.Dir, "kwok-stages.yaml")
	if err := os.WriteFile(stages, stagesYAML, 0o644); err != nil {
		return err
	}
	return cp.start("kwok",
		"--kubeconfig", kc,
		"--manage-all-nodes=false",
		"--manage-nodes-with-annotation-selector", "kwok.x-k8s.io/node=fake",
		"--cidr", PodNetwork.String(),
		"--config", stages,
	)
}

// Stop ends every component, newest first, and removes the working folder. It is safe to call
// more than once.
func (cp *ControlPlane) Stop() {
	for i := len(cp.procs) - 1; i >= 0; i-- {
		cp.procs[i].stop()
	}
	cp.procs = nil
	for _, f := range cp.afterStop {
		f()
	}
	cp.afterStop = nil
	if cp.Dir != "" && os.Getenv("CONTROLPLANE_KEEP") == "" {
		os.RemoveAll(cp.Dir)
	}
}

// Logs returns the last lines of a component's log, for error messages.
func (cp *ControlPlane) Logs(name string, lines int) string {
	b, _ := os.ReadFile(filepath.Join(cp.Dir, "logs", name+".log"))
	all := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(all) > lines {
		all = all[len(all)-lines:]
	}
	return strings.Join(all, "\n")
}

// start runs one component, logging to logs/<name>.log. Its children die with the test
// process (Pdeathsig), so a crashed test leaves nothing running.
func (cp *ControlPlane) start(name string, args ...string) error {
	return cp.run(name, filepath.Join(cp.bin, name), nil, args...)
}

// run is start for the program at path, with env added to the environment it inherits.
func (cp *ControlPlane) run(name, path string, env []string, args ...string) error {
	logs := filepath.Join(cp.Dir, "logs")
	if err := os.MkdirAll(logs, 0o755); err != nil {
		return err
	}
	logPath := filepath.Join(logs, name+".log")
	logFile, err := os.Create(logPath)
	if err != nil {
		return err
	}
	cmd := exec.Command(path, args...)
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// In its own folder, so that no component touches the caller's, which may be the
	// repository: a kubelet cleaning an empty log path once deleted the files of verify/.
	cmd.Dir = cp.Dir
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return fmt.Errorf("starting %s: %w", name, err)
	}
	p := &process{name: name, cmd: cmd, log: logPath, done: make(chan struct{})}
	go func() { cmd.Wait(); logFile.Close(); close(p.done) }()
	cp.procs = append(cp.procs, p)
	return nil
}

// stop asks the component to end, then kills its process group if it has not within 10s.
func (p *process) stop() {
	_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-p.cmd.Process.Pid, syscall.SIGKILL)
		<-p.done
	}
}

// exitedEarly is an error with the last lines of its log when the named component has already
// stopped, for a wait that would otherwise time out on it.
func (cp *ControlPlane) exitedEarly(name string) error {
	for _, p := range cp.procs {
		if p.name == name && p.exited() {
			return fmt.Errorf("%s exited:\n%s", name, cp.Logs(name, 20))
		}
	}
	return nil
}

// exited reports whether the component has stopped.
func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// waitReady polls /readyz until it answers ok, failing early when a component exits.
func (cp *ControlPlane) waitReady(host string, timeout time.Duration) error {
	client := &http.Client{Timeout: 2 * time.Second, Transport: &http.Transport{
		// The serving certificate is generated at start-up; this probe only asks "are you up".
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true},
	}}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		for _, p := range cp.procs {
			if p.exited() {
				return fmt.Errorf("%s exited during start-up:\n%s", p.name, cp.Logs(p.name, 20))
			}
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, host+"/readyz", nil)
		req.Header.Set("Authorization", "Bearer "+cp.token)
		if resp, err := client.Do(req); err == nil {
			body := new(bytes.Buffer)
			body.ReadFrom(resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("kube-apiserver not ready after %s:\n%s", timeout, cp.Logs("kube-apiserver", 20))
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// freePorts reserves n loopback ports and releases them for the components to bind.
func freePorts(n int) ([]int, error) {
	var ports []int
	var listeners []net.Listener
	defer func() {
		for _, l := range listeners {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		listeners = append(listeners, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// writeServiceAccountKeys writes the key pair that signs and verifies service account tokens.
func writeServiceAccountKeys(dir string) error {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return err
	}
	pub, err := x509.MarshalPKIXPublicKey(&key.PublicKey)
	if err != nil {
		return err
	}
	return errors.Join(
		os.WriteFile(filepath.Join(dir, "sa.key"), pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(key)}), 0o600),
		os.WriteFile(filepath.Join(dir, "sa.pub"), pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pub}), 0o644),
	)
}

func randomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}
