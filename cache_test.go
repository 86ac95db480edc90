package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/internal/k8stest"
)

// TestPackageCacheHeals runs the built program in a checkout of its own with jsii's package cache
// absent, present, and damaged in the ways a killed run, a full disk or a clean-up tool leave it.
// Every run must succeed with the same output, and a damaged cache must be rebuilt.
func TestPackageCacheHeals(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the program ten times")
	}
	bin := buildProgram(t)
	nodeModules, err := filepath.Abs("node_modules")
	require.NoError(t, err)
	project := t.TempDir()
	require.NoError(t, os.Symlink(nodeModules, filepath.Join(project, "node_modules")))
	cache := filepath.Join(project, ".cache", "jsii", "packages")
	record := cache + ".record"

	synth := func(t *testing.T, extraEnv ...string) (map[string]string, string, error) {
		t.Helper()
		out := filepath.Join(t.TempDir(), "dist")
		cmd := exec.Command(bin, "--quiet", "--output", out)
		cmd.Dir = project
		cmd.Env = append(withoutJSIISettings(os.Environ()), append([]string{"TMPDIR=" + t.TempDir()}, extraEnv...)...)
		stderr, err := cmd.CombinedOutput()
		if err != nil {
			return nil, string(stderr), err
		}
		return k8stest.ReadTree(t, out), string(stderr), nil
	}
	// bundleFile is a file the kernel loads on every run: cdk8s-plus-28's entry point.
	bundleFile := func(t *testing.T) string {
		t.Helper()
		paths, err := filepath.Glob(filepath.Join(cache, "cdk8s-plus-28", "*", "*", "lib", "index.js"))
		require.NoError(t, err)
		require.Len(t, paths, 1, "the cache holds cdk8s-plus-28")
		return paths[0]
	}

	want, stderr, err := synth(t)
	require.NoError(t, err, stderr)
	require.FileExists(t, record, "a good run records the cache")
	good, err := os.ReadFile(bundleFile(t))
	require.NoError(t, err)

	t.Run("present", func(t *testing.T) {
		before, err := os.Stat(record)
		require.NoError(t, err)
		got, stderr, err := synth(t)
		require.NoError(t, err, stderr)
		assert.Equal(t, want, got)
		after, err := os.Stat(record)
		require.NoError(t, err)
		assert.Equal(t, before.ModTime(), after.ModTime(), "a good cache is kept as it is")
	})

	damages := []struct {
		name   string
		damage func(t *testing.T)
	}{
		{"a truncated file", func(t *testing.T) { require.NoError(t, os.Truncate(bundleFile(t), 0)) }},
		{"a missing file", func(t *testing.T) { require.NoError(t, os.Remove(bundleFile(t))) }},
		{"an edited file of the same size", func(t *testing.T) {
			require.NoError(t, os.WriteFile(bundleFile(t), []byte(strings.Repeat(" ", len(good))), 0o644))
		}},
		{"another Node's cache", func(t *testing.T) {
			b, err := os.ReadFile(record)
			require.NoError(t, err)
			first, rest, _ := strings.Cut(string(b), "\n")
			require.NoError(t, os.WriteFile(record, []byte(first+" (another version)\n"+rest), 0o644))
		}},
		{"no record: a run killed while unpacking", func(t *testing.T) {
			require.NoError(t, os.Remove(record))
			require.NoError(t, os.Truncate(bundleFile(t), 10))
		}},
	}
	for _, d := range damages {
		t.Run(d.name, func(t *testing.T) {
			d.damage(t)
			got, stderr, err := synth(t)
			require.NoError(t, err, "%s: the run must not fail: %s", d.name, stderr)
			assert.Equal(t, want, got, "the output does not depend on the cache")
			rebuilt, err := os.ReadFile(bundleFile(t))
			require.NoError(t, err)
			assert.Equal(t, good, rebuilt, "the damaged file was unpacked again")
			assert.FileExists(t, record)
		})
	}

	// The break-test: the same damage in a cache the program does not own, and so does not
	// check, stops the synthesis. This is what the check saves a user from.
	t.Run("unchecked, a truncated file stops the run", func(t *testing.T) {
		require.NoError(t, os.Truncate(bundleFile(t), 0))
		_, stderr, err := synth(t, "JSII_RUNTIME_PACKAGE_CACHE_ROOT="+cache)
		require.Error(t, err)
		assert.Contains(t, stderr, "the synthesis failed inside cdk8s or jsii")
	})
}

// withoutJSIISettings drops the variables that would point the program at another Node or
// another package cache than its checkout's.
func withoutJSIISettings(environ []string) []string {
	var kept []string
	for _, kv := range environ {
		if !strings.HasPrefix(kv, "JSII_NODE=") && !strings.HasPrefix(kv, "JSII_RUNTIME_PACKAGE_CACHE_ROOT=") {
			kept = append(kept, kv)
		}
	}
	return kept
}
