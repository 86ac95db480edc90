package verify

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/internal/controlplane"
)

// TestLocalCluster starts what `make local-cluster` starts, applies dist/dev to it with
// `kubectl apply -k`, waits for the backend to roll out, and stops it with Ctrl-C.
func TestLocalCluster(t *testing.T) {
	needsCluster(t)
	exe := filepath.Join(t.TempDir(), "localcluster")
	build := exec.Command("go", "build", "-o", exe, "./internal/cmd/localcluster")
	build.Dir = repoRoot
	out, err := build.CombinedOutput()
	require.NoError(t, err, "%s", out)

	cmd := exec.Command(exe)
	cmd.Dir = repoRoot
	cmd.Env = append(os.Environ(), "CONTROLPLANE_BIN="+binDir)
	cmd.Stderr = os.Stderr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	done := make(chan error, 1)
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			cmd.Process.Kill()
			<-done
		}
	})

	lines := bufio.NewScanner(stdout)
	kubeconfig := ""
	for kubeconfig == "" && lines.Scan() {
		if path, ok := strings.CutPrefix(lines.Text(), "kubeconfig: "); ok {
			kubeconfig = path
		}
	}
	require.NotEmpty(t, kubeconfig, "local-cluster printed no kubeconfig")
	go func() {
		for lines.Scan() {
		}
		done <- cmd.Wait()
	}()

	kubectl := func(args ...string) string {
		t.Helper()
		c := exec.Command(filepath.Join(binDir, "kubectl"), append(args, "--kubeconfig", kubeconfig)...)
		c.Dir = repoRoot
		out, err := c.CombinedOutput()
		require.NoError(t, err, "kubectl %v:\n%s", args, out)
		return string(out)
	}
	assert.Contains(t, kubectl("apply", "-k", "dist/dev/cluster"), "namespace/screenshot-algo created")
	assert.Contains(t, kubectl("apply", "-k", "dist/dev"), "deployment.apps/screenshot-algo-backend created")
	kubectl("-n", "screenshot-algo", "rollout", "status", "deployment/screenshot-algo-backend", "--timeout=90s")
	assert.Contains(t, kubectl("-n", "screenshot-algo", "get", "pods"), "Running")

	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	select {
	case err := <-done:
		stopped = true
		assert.NoError(t, err, "Ctrl-C stops it cleanly")
	case <-time.After(30 * time.Second):
		t.Fatal("local-cluster did not stop on Ctrl-C")
	}
	assert.NoFileExists(t, kubeconfig, "its kubeconfig goes with it")
}

// TestKindFrontDoorDryRun sends local/traefik.yaml, the front door `make kind-up` installs on
// Kind, to the API server as a strict server-side dry run (its Namespace really created): every
// field must be known to Kubernetes and Gateway API v1.6.3, with no warning.
func TestKindFrontDoorDryRun(t *testing.T) {
	needsCluster(t)
	objs, err := controlplane.ReadManifests(filepath.Join(repoRoot, "local", "traefik.yaml"))
	require.NoError(t, err)
	applyNamespaces(t, client, objs)
	kinds := map[string]bool{}
	for _, o := range objs {
		kinds[o.GetKind()] = true
		warnings, err := client.Apply(context.Background(), o, true)
		assert.NoError(t, err, controlplane.Describe(o))
		assert.Empty(t, warnings, controlplane.Describe(o))
	}
	for _, kind := range []string{"GatewayClass", "Deployment", "ClusterRole"} {
		assert.True(t, kinds[kind], "local/traefik.yaml installs a %s", kind)
	}
}
