package synth

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/env"
	"github.com/screenshot-algo/k8s/internal/k8stest"
)

// TestFullDiskLeavesOutputAndNothingElse fills the disk part-way through writing (an injected
// ENOSPC on the sixth file): the error names the path and the cause, dist/ keeps its old output,
// and no staging folder is left.
func TestFullDiskLeavesOutputAndNothingElse(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "dist")
	_, err := Write([]env.Environment{env.Dev()}, out)
	require.NoError(t, err)
	before := k8stest.ReadTree(t, out)

	written := 0
	writeFile = func(path string, data []byte, perm os.FileMode) error {
		if written++; written > 5 {
			return &fs.PathError{Op: "write", Path: path, Err: syscall.ENOSPC}
		}
		return os.WriteFile(path, data, perm)
	}
	defer func() { writeFile = os.WriteFile }()
	changed := env.Dev()
	changed.LogLevel = "info"
	_, err = Write([]env.Environment{changed}, out)
	require.Error(t, err)
	assert.ErrorIs(t, err, syscall.ENOSPC)
	assert.Contains(t, err.Error(), "no space left on device")
	assert.Contains(t, err.Error(), filepath.Join("new", "dev"), "the error names the file")

	assert.Equal(t, before, k8stest.ReadTree(t, out), "dist/ keeps its old output")
	leftovers, err := filepath.Glob(filepath.Join(parent, ".dist.staging-*"))
	require.NoError(t, err)
	assert.Empty(t, leftovers, "no staging folder is left")
}

// TestStaleStagingIsRemoved leaves the staging folders of a run that no longer exists and of one
// that does (this test's own process): the next Write removes the first and keeps the second.
func TestStaleStagingIsRemoved(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "dist")
	dead := filepath.Join(parent, ".dist.staging-999999999-1")
	live := filepath.Join(parent, ".dist.staging-"+strconv.Itoa(os.Getpid())+"-1")
	for _, d := range []string{dead, live} {
		require.NoError(t, os.MkdirAll(filepath.Join(d, "new"), 0o755))
	}
	_, err := Write([]env.Environment{env.Dev()}, out)
	require.NoError(t, err)
	assert.NoDirExists(t, dead, "a dead run's staging folder goes")
	assert.DirExists(t, live, "a live run's staging folder stays")
}
