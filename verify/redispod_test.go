package verify

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	corev1 "k8s.io/api/core/v1"
)

// redisPod runs Redis's pod from its template on this machine, as the kubelet would: each
// volume is a folder of its own (the Secret's file is written by setPassword, as the kubelet
// writes it), the init containers run first, then redis-server with the container's arguments
// on a free loopback port. Scripts run "in the container", with its mount paths mapped to
// those folders and a redis-cli that reaches that port.
type redisPod struct {
	t       *testing.T
	spec    corev1.PodSpec
	Args    []string          // the redis container's arguments; a test may change them before start
	volumes map[string]string // volume name → folder
	bin     string            // holds the redis-cli that reaches port
	port    int
	pid     int
	stop    func()
}

// newRedisPod readies spec's volumes and a free port; start runs it.
func newRedisPod(t *testing.T, spec corev1.PodSpec) *redisPod {
	t.Helper()
	p := &redisPod{t: t, spec: spec, Args: spec.Containers[0].Args, volumes: map[string]string{}, bin: t.TempDir()}
	for _, c := range append(spec.InitContainers, spec.Containers...) {
		for _, m := range c.VolumeMounts {
			if p.volumes[m.Name] == "" {
				p.volumes[m.Name] = t.TempDir()
			}
		}
	}
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	p.port = listener.Addr().(*net.TCPAddr).Port
	listener.Close()
	cli, err := exec.LookPath("redis-cli")
	if err != nil {
		cli = filepath.Join(filepath.Dir(redisServer(t)), "redis-cli")
	}
	wrapper := fmt.Sprintf("#!/bin/sh\nexec %s -p %d \"$@\"\n", cli, p.port)
	require.NoError(t, os.WriteFile(filepath.Join(p.bin, "redis-cli"), []byte(wrapper), 0o755))
	t.Cleanup(func() {
		if p.stop != nil {
			p.stop()
		}
	})
	return p
}

// local maps container c's mount paths in s to this machine's folders.
func (p *redisPod) local(c corev1.Container, s string) string {
	for _, m := range c.VolumeMounts {
		s = strings.ReplaceAll(s, m.MountPath, p.volumes[m.Name])
	}
	return s
}

// volume is the folder of the volume mounted at mountPath in the redis container.
func (p *redisPod) volume(mountPath string) string {
	for _, m := range p.spec.Containers[0].VolumeMounts {
		if m.MountPath == mountPath {
			return p.volumes[m.Name]
		}
	}
	p.t.Fatalf("the redis container mounts nothing at %s", mountPath)
	return ""
}

// setPassword writes the Secret's file as the kubelet does, replacing it at once.
func (p *redisPod) setPassword(mountPath, key, password string) {
	p.t.Helper()
	dir := p.volume(mountPath)
	tmp := filepath.Join(dir, "."+key+".tmp")
	require.NoError(p.t, os.WriteFile(tmp, []byte(password), 0o440))
	require.NoError(p.t, os.Rename(tmp, filepath.Join(dir, key)))
}

// exec runs command in container c, mapped, with extra arguments.
func (p *redisPod) exec(c corev1.Container, command []string, extra ...string) (string, error) {
	args := make([]string, 0, len(command)+len(extra))
	for _, a := range command {
		args = append(args, p.local(c, a))
	}
	args = append(args, extra...)
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "PATH="+p.bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// sh runs script in the redis container with sh -c, as `kubectl exec ... -- sh -c script - args` does.
func (p *redisPod) sh(script string, args ...string) (string, error) {
	return p.exec(p.spec.Containers[0], []string{"sh", "-c", script, "-"}, args...)
}

// ready runs the readiness probe once. It may run outside the test's goroutine.
func (p *redisPod) ready() error {
	probe := p.spec.Containers[0].ReadinessProbe
	if probe == nil || probe.Exec == nil {
		return fmt.Errorf("the readiness probe runs no command")
	}
	out, err := p.exec(p.spec.Containers[0], probe.Exec.Command)
	if err != nil {
		return fmt.Errorf("%w: %s", err, out)
	}
	return nil
}

// start runs the init containers, then redis-server, and waits until it accepts connections.
func (p *redisPod) start() {
	t := p.t
	t.Helper()
	for _, c := range p.spec.InitContainers {
		out, err := p.exec(c, append(c.Command, c.Args...))
		require.NoError(t, err, "init container %s: %s", c.Name, out)
	}
	ctr := p.spec.Containers[0]
	var args []string
	for _, a := range p.Args {
		args = append(args, p.local(ctr, a))
	}
	args = append(args, "--port", strconv.Itoa(p.port), "--bind", "127.0.0.1", "--save", "")
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, redisServer(t), args...)
	var log strings.Builder
	cmd.Stdout, cmd.Stderr = &log, &log
	require.NoError(t, cmd.Start())
	p.pid = cmd.Process.Pid
	p.stop = func() { cancel(); _ = cmd.Wait(); p.stop = nil }
	require.Eventually(t, func() bool {
		conn, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", p.port))
		if err == nil {
			conn.Close()
		}
		return err == nil
	}, 10*time.Second, 50*time.Millisecond, "redis-server %v starts:\n%s", args, &log)
}

// connect opens a connection and authenticates with password, returning AUTH's reply.
func (p *redisPod) connect(password string) (*respConn, string) {
	p.t.Helper()
	conn, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", p.port))
	require.NoError(p.t, err)
	p.t.Cleanup(func() { conn.Close() })
	c := &respConn{conn: conn, r: bufio.NewReader(conn)}
	reply, err := c.do("AUTH", password)
	require.NoError(p.t, err)
	return c, reply
}
