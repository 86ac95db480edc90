package main

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"early.screenshot-algo.io/startup"
	"early.screenshot-algo.io/startup/signals"
	"github.com/screenshot-algo/k8s/env"

	"github.com/screenshot-algo/k8s/internal/k8stest"
	"github.com/screenshot-algo/k8s/synth"
)

// TestMain gives Ctrl-C back to `go test`, and removes, once jsii is closed, the temporary folder
// that internal/startup gives this test binary as it gives the program.
func TestMain(m *testing.M) {
	signals.Release()
	k8stest.Main(m, startup.RemoveTemp)
}

// updateSnapshots rewrites the snapshots instead of comparing: UPDATE_SNAPSHOTS=1 go test ./...
// (or make snapshots). An environment variable rather than a -update flag, because go test ./...
// hands a flag to every package and the others do not define it.
var updateSnapshots = os.Getenv("UPDATE_SNAPSHOTS") != ""

// renders caches each environment's files: jsii makes synthesis the slow part of these tests.
var renders = map[string][]synth.File{}

func render(t *testing.T, e env.Environment) []synth.File {
	t.Helper()
	if files, ok := renders[e.Name]; ok {
		return files
	}
	require.NoError(t, e.Validate())
	files, err := synth.Render(e)
	require.NoError(t, err)
	renders[e.Name] = files
	return files
}

// snapshotCase is an environment, as configured or as a variant, and its snapshot's name.
type snapshotCase struct {
	name string
	e    env.Environment
}

// snapshotCases are every environment, then production's variants.
func snapshotCases(t *testing.T) []snapshotCase {
	t.Helper()
	var out []snapshotCase
	for _, e := range env.Environments() {
		out = append(out, snapshotCase{e.Name, e})
	}
	// Production's variants are reviewed here; the control-plane tests dry-run every
	// environment's.
	for _, v := range env.Variants() {
		e, ok := v.Of(env.Production())
		require.True(t, ok, "production runs Argo Rollouts, so it has variants")
		out = append(out, snapshotCase{e.Name + "-" + v.Name, e})
	}
	// And production on the other clouds, and dual-stack.
	for _, cloud := range []env.CloudName{env.Azure, env.GCP} {
		out = append(out, snapshotCase{"production-" + string(cloud), env.Production().OnCloud(cloud)})
	}
	dual := env.Production()
	dual.Network.IPFamilies = env.IPFamilies{env.IPv4, env.IPv6}
	out = append(out, snapshotCase{"production-dualstack", dual})
	return out
}

// TestSnapshots compares each environment's and variant's whole output with its reviewed
// snapshot. A change here is a change to what operators apply: review the diff, then
// UPDATE_SNAPSHOTS=1 to accept.
func TestSnapshots(t *testing.T) {
	for _, tc := range snapshotCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			var files []synth.File
			if tc.name == tc.e.Name {
				files = render(t, tc.e)
			} else {
				var err error
				require.NoError(t, tc.e.Validate())
				files, err = synth.Render(tc.e)
				require.NoError(t, err)
			}
			got := string(synth.Bundle(files))
			path := filepath.Join("__snapshots__", tc.name+".yaml")
			if updateSnapshots {
				require.NoError(t, os.MkdirAll("__snapshots__", 0o755))
				require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "no snapshot yet: run UPDATE_SNAPSHOTS=1 go test . and review it")
			assert.Equal(t, string(want), got, "%s differs from its snapshot; if the change is intended, run make snapshots and review the diff", path)
		})
	}
}

// TestDistIsCurrent fails when the committed dist/ is stale against the code.
func TestDistIsCurrent(t *testing.T) {
	for _, e := range env.Environments() {
		t.Run(e.Name, func(t *testing.T) {
			assertFolderHolds(t, filepath.Join("dist", e.Name), render(t, e), "dist/ is stale: run make synth and commit it")
		})
	}
}

// assertFolderHolds checks that dir holds exactly files, byte for byte.
func assertFolderHolds(t *testing.T, dir string, files []synth.File, hint string) {
	t.Helper()
	var got, want []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, path)
		got = append(got, filepath.ToSlash(rel))
		return err
	})
	require.NoError(t, err, hint)
	sort.Strings(got)
	for _, f := range files {
		want = append(want, f.Name)
		content, err := os.ReadFile(filepath.Join(dir, f.Name))
		if assert.NoError(t, err, hint) {
			assert.Equal(t, string(f.Content), string(content), "%s/%s: %s", dir, f.Name, hint)
		}
	}
	sort.Strings(want)
	assert.Equal(t, want, got, "%s: %s", dir, hint)
}

// TestCdk8sSynthMatches runs the real cdk8s CLI, which runs the program through cdk8s.yaml, and
// expects the same files as the program writes itself.
func TestCdk8sSynthMatches(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the cdk8s CLI and a go build")
	}
	cli, err := filepath.Abs(filepath.Join("node_modules", ".bin", "cdk8s"))
	require.NoError(t, err)
	require.FileExists(t, cli, "the cdk8s CLI comes from npm ci (make deps)")
	out := filepath.Join(t.TempDir(), "out")
	cmd := exec.Command(cli, "synth", "--output", out)
	// The CLI's #!/usr/bin/env node must find the project's Node 22, as under npx or make.
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(cli)+string(os.PathListSeparator)+os.Getenv("PATH"))
	logs, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", logs)
	assert.NotContains(t, string(logs), "end-of-life")
	for _, e := range env.Environments() {
		assertFolderHolds(t, filepath.Join(out, e.Name), render(t, e), "cdk8s synth and go run . disagree")
	}
}
