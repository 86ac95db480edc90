package verify

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"sigs.k8s.io/yaml"

	"github.com/screenshot-algo/k8s/internal/controlplane"
	"github.com/screenshot-algo/k8s/synth"
)

// kubeScore runs kube-score over files and returns its CRITICAL findings. A check that truly
// does not apply to an object is skipped next to that object, with the reason, through the
// kube-score/ignore annotation; never here.
func kubeScore(t *testing.T, files ...string) []string {
	t.Helper()
	args := append([]string{"score", "--output-format", "ci"}, files...)
	out, err := exec.Command(filepath.Join(binDir, "kube-score"), args...).CombinedOutput()
	// kube-score exits 1 when it finds a CRITICAL; anything else is a failure to run.
	if exitErr, ok := err.(*exec.ExitError); !ok || exitErr.ExitCode() != 1 {
		require.NoError(t, err, "%s", out)
	}
	var critical []string
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "[CRITICAL]") {
			critical = append(critical, line)
		}
	}
	require.Contains(t, string(out), "[OK]", "kube-score checked nothing:\n%s", out)
	return critical
}

// TestKubeScore lints every environment, as committed in dist/, and every release variant of
// every environment with kube-score, an independent tool: no CRITICAL.
func TestKubeScore(t *testing.T) {
	needsCluster(t)
	for _, env := range environments(t) {
		t.Run(env, func(t *testing.T) {
			files, err := filepath.Glob(filepath.Join(repoRoot, "dist", env, "*.yaml"))
			require.NoError(t, err)
			cluster, err := filepath.Glob(filepath.Join(repoRoot, "dist", env, synth.ClusterDir, "*.yaml"))
			require.NoError(t, err)
			files = append(cluster, files...)
			assert.Empty(t, kubeScore(t, asDeployments(t, files)...))
		})
	}
	for name, env := range variants() {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			var files []string
			for _, f := range renderVariant(t, env) {
				if f.Kind == "" {
					continue // the Kustomization
				}
				path := filepath.Join(dir, f.Name)
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, f.Content, 0o644))
				files = append(files, path)
			}
			assert.Empty(t, kubeScore(t, asDeployments(t, files)...))
		})
	}
}

// asDeployments hands kube-score, which knows no Argo Rollout, each Rollout of files as the
// Deployment it replaces: the same metadata, selector and pod template. Its pod checks then
// lint the Rollout's pods, and its selector checks (Services, budgets, NetworkPolicies) find them.
func asDeployments(t *testing.T, files []string) []string {
	t.Helper()
	dir := t.TempDir()
	out := make([]string, 0, len(files))
	for _, f := range files {
		objs, err := controlplane.ReadManifests(f)
		require.NoError(t, err)
		if len(objs) != 1 || objs[0].GetKind() != "Rollout" {
			out = append(out, f)
			continue
		}
		ro := objs[0]
		spec := ro.Object["spec"].(map[string]any)
		delete(spec, "strategy")
		ro.SetAPIVersion("apps/v1")
		ro.SetKind("Deployment")
		b, err := yaml.Marshal(ro.Object)
		require.NoError(t, err)
		path := filepath.Join(dir, filepath.Base(f))
		require.NoError(t, os.WriteFile(path, b, 0o644))
		out = append(out, path)
	}
	return out
}

// TestKubeScoreCanFail proves the lint is live: a privileged container without limits is
// CRITICAL.
func TestKubeScoreCanFail(t *testing.T) {
	needsCluster(t)
	critical := kubeScore(t, filepath.Join("testdata", "broken", "privileged.yaml"))
	assert.NotEmpty(t, critical)
	assert.Contains(t, strings.Join(critical, "\n"), "privileged")
}
