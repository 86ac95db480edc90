package synth

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/k8stest"
)

func TestMain(m *testing.M) { k8stest.Main(m) }

func TestRenderOrdersForApply(t *testing.T) {
	files, err := Render(env.Production())
	require.NoError(t, err)
	require.NotEmpty(t, files)

	assert.Equal(t, "Namespace", files[0].Kind, "the namespace is applied first")
	assert.Equal(t, ClusterDir+"/00-namespace-screenshot-algo.yaml", files[0].Name, "in the folder the app's removal leaves")
	n := len(files)
	kustomizations := []string{filepath.Join(ClusterDir, KustomizationFile), KustomizationFile, filepath.Join(GitOpsDir, KustomizationFile)}
	var last []string
	for _, k := range files[n-3:] {
		last = append(last, k.Name)
	}
	require.Equal(t, kustomizations, last, "the objects, then one Kustomization per folder")

	listed := map[string][]string{}
	for _, k := range files[n-3:] {
		for _, line := range strings.Split(string(k.Content), "\n") {
			if strings.HasPrefix(line, "  - ") {
				listed[k.Name] = append(listed[k.Name], strings.TrimPrefix(line, "  - "))
			}
		}
	}
	objects := map[string][]string{}
	prev, folder, prevFolder := -1, "", -1
	for _, f := range files[:n-3] {
		kustomization := filepath.Join(f.Folder(), KustomizationFile)
		objects[kustomization] = append(objects[kustomization], filepath.Base(f.Name))
		if prevFolder < 0 || f.Folder() != folder {
			assert.Greater(t, folderOrder[f.Folder()], prevFolder, "%s: the folders one after the other, in apply order", f.Name)
			prev, folder, prevFolder = -1, f.Folder(), folderOrder[f.Folder()]
		}
		assert.GreaterOrEqual(t, rank(f.Kind), prev, "%s is applied after what it needs", f.Name)
		prev = rank(f.Kind)
		assert.Equal(t, 1, strings.Count(string(f.Content), "\nkind: ")+boolInt(strings.HasPrefix(string(f.Content), "kind: ")), "%s holds one object", f.Name)
		assert.False(t, strings.HasSuffix(f.Name, "kustomization.yaml"))
		assert.Equal(t, f.Kind == "Namespace" || f.Kind == "PriorityClass", f.Folder() == ClusterDir, "%s: the namespace and the PriorityClasses, and only they, outlive the app", f.Name)
		assert.Equal(t, f.Kind == "Application" || f.Kind == "AppProject", f.Folder() == GitOpsDir, "%s: Argo CD's objects, and only they, are apart", f.Name)
	}
	assert.Equal(t, objects, listed, "each Kustomization lists every object file of its folder, in apply order")
}

// TestSyncWavesFollowTheApplyOrder reads the annotations Argo CD orders a sync by: each of the
// environment's objects is in the wave of its file's rank, and only what outlives the app is
// kept from pruning and from the Application's deletion.
func TestSyncWavesFollowTheApplyOrder(t *testing.T) {
	files, err := Render(env.Production())
	require.NoError(t, err)
	for _, f := range files {
		if f.Kind == "" {
			continue
		}
		var obj struct {
			Metadata struct {
				Annotations map[string]string `json:"annotations"`
			} `json:"metadata"`
		}
		require.NoError(t, json.Unmarshal(f.json, &obj))
		wave, options := obj.Metadata.Annotations[SyncWaveAnnotation], obj.Metadata.Annotations[SyncOptionsAnnotation]
		if f.Folder() == GitOpsDir {
			assert.Empty(t, wave, "%s is not synced by Argo CD", f.Name)
			continue
		}
		assert.Equal(t, strings.TrimLeft(filepath.Base(f.Name)[:2], "0"), strings.TrimLeft(wave, "0"), "%s: its sync wave is its rank", f.Name)
		if f.Folder() == ClusterDir {
			assert.Equal(t, "Prune=false,Delete=false", options, "%s outlives the app", f.Name)
		} else {
			assert.Empty(t, options, "%s", f.Name)
		}
	}
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

	_, err := Write([]env.Environment{env.Dev()}, out)
	require.Error(t, err)
	b, readErr := os.ReadFile(out)
	require.NoError(t, readErr)
	assert.Equal(t, "not a folder\n", string(b))
	assertNoStaging(t, dir)
}

// assertNoStaging checks that no staging folder is left in dir, beside the output and its lock.
func assertNoStaging(t *testing.T, dir string) {
	t.Helper()
	leftovers, err := filepath.Glob(filepath.Join(dir, ".*.staging-*"))
	require.NoError(t, err)
	assert.Empty(t, leftovers, "no staging folder is left behind")
}

// TestGuardrailRefusalChangesNothing hands Write an environment that validation would have
// stopped and the guardrails do: the output folder keeps what it had, byte for byte.
func TestGuardrailRefusalChangesNothing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "dist")
	require.NoError(t, os.MkdirAll(filepath.Join(out, "production"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(out, "production", "kept.yaml"), []byte("kind: Kept\n"), 0o644))

	e := env.Production()
	e.Secrets.DevelopmentLiterals = true
	_, err := Write([]env.Environment{env.Dev(), e}, out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "production: guardrail no-literal-secrets")

	entries, _ := os.ReadDir(out)
	assert.Len(t, entries, 1, "dev was not written either: all or nothing")
	b, _ := os.ReadFile(filepath.Join(out, "production", "kept.yaml"))
	assert.Equal(t, "kind: Kept\n", string(b))
	assertNoStaging(t, filepath.Dir(out))
}

// TestEveryKindHasAnApplyRank: a kind without a rank would sort last, after what needs it
// (a new ConfigMap after the Deployment that mounts it). Every kind any environment or variant
// uses must be listed in applyOrder.
func TestEveryKindHasAnApplyRank(t *testing.T) {
	envs := env.Environments()
	for _, v := range env.Variants() {
		for _, e := range env.Environments() {
			if ve, ok := v.Of(e); ok {
				envs = append(envs, ve)
			}
		}
	}
	for _, e := range envs {
		files, err := Render(e)
		require.NoError(t, err, e.Name)
		for _, f := range files {
			if f.Kind != "" {
				_, ranked := applyOrder[f.Kind]
				assert.True(t, ranked, "%s: kind %s has no rank in applyOrder", e.Name, f.Kind)
			}
		}
	}
}
