package synth

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/charts"
	"github.com/screenshot-algo/k8s/internal/k8stest"
)

func TestMain(m *testing.M) { k8stest.Main(m) }

func TestRenderOrdersForApply(t *testing.T) {
	files, err := Render(charts.Production())
	require.NoError(t, err)
	require.NotEmpty(t, files)

	assert.Equal(t, "Namespace", files[0].Kind, "the namespace is applied first")
	last := files[len(files)-1]
	assert.Equal(t, KustomizationFile, last.Name)

	var listed []string
	for _, line := range strings.Split(string(last.Content), "\n") {
		if strings.HasPrefix(line, "  - ") {
			listed = append(listed, strings.TrimPrefix(line, "  - "))
		}
	}
	var objects []string
	prev := -1
	for _, f := range files[:len(files)-1] {
		objects = append(objects, f.Name)
		assert.GreaterOrEqual(t, rank(f.Kind), prev, "%s is applied after what it needs", f.Name)
		prev = rank(f.Kind)
		assert.Equal(t, 1, strings.Count(string(f.Content), "\nkind: ")+boolInt(strings.HasPrefix(string(f.Content), "kind: ")), "%s holds one object", f.Name)
		assert.False(t, strings.HasSuffix(f.Name, "kustomization.yaml"))
	}
	assert.Equal(t, objects, listed, "the Kustomization lists every object file, in apply order")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestSplitRefusesTwoObjectsWithOneName(t *testing.T) {
	doc := "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: same\n"
	_, err := split(doc + "---\n" + doc)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `two ConfigMap objects are named "same"`)
}

func TestWriteFailureChangesNothing(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "dist")
	require.NoError(t, os.WriteFile(out, []byte("not a folder\n"), 0o644))

	_, err := Write([]charts.Environment{charts.Dev()}, out)
	require.Error(t, err)
	b, readErr := os.ReadFile(out)
	require.NoError(t, readErr)
	assert.Equal(t, "not a folder\n", string(b))
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1, "no staging folder is left behind")
}

// TestGuardrailRefusalChangesNothing hands Write an environment that validation would have
// stopped and the guardrails do: the output folder keeps what it had, byte for byte.
func TestGuardrailRefusalChangesNothing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	require.NoError(t, os.MkdirAll(filepath.Join(out, "production"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(out, "production", "kept.yaml"), []byte("kind: Kept\n"), 0o644))

	env := charts.Production()
	env.Secrets.DevelopmentLiterals = true
	_, err := Write([]charts.Environment{charts.Dev(), env}, out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "production: guardrail no-literal-secrets")

	entries, _ := os.ReadDir(out)
	assert.Len(t, entries, 1, "dev was not written either: all or nothing")
	b, _ := os.ReadFile(filepath.Join(out, "production", "kept.yaml"))
	assert.Equal(t, "kind: Kept\n", string(b))
	siblings, _ := os.ReadDir(filepath.Dir(out))
	assert.Len(t, siblings, 1, "no staging folder is left behind")
}
