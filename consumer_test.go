package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// shopDir is the consumer module: another team's app on the constructs library.
var shopDir = filepath.Join("examples", "shop")

// goIn runs the go command in dir and returns its combined output, and its error.
func goIn(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// forbidden are the modules of this application that a module requiring the library must never
// inherit.
var forbidden = regexp.MustCompile(`^(early\.|github\.com/fluxcd/|sigs\.k8s\.io/controller-runtime|github\.com/screenshot-algo/k8s( |$))`)

// TestConsumerModule builds examples/shop, a module outside the library that requires it as any
// module would (a replace to its folder, plus the one line this machine's proxy forces), and
// does what its team would: go mod tidy changes nothing, go vet and go test pass, the program
// writes its manifests. Its module graph holds nothing of this application: no fluxcd, no
// controller-runtime, no early.* path, and the README states its size.
func TestConsumerModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds another module")
	}
	for _, args := range [][]string{
		{"mod", "tidy", "-diff"},
		{"vet", "./..."},
		{"test", "-count=1", "./..."},
	} {
		out, err := goIn(shopDir, args...)
		require.NoError(t, err, "go %s in %s:\n%s", strings.Join(args, " "), shopDir, out)
	}
	dist := t.TempDir()
	out, err := goIn(shopDir, "run", ".", "--output", dist)
	require.NoError(t, err, out)
	files, err := filepath.Glob(filepath.Join(dist, "*.yaml"))
	require.NoError(t, err)
	var kinds []string
	for _, f := range files {
		kinds = append(kinds, strings.SplitN(filepath.Base(f), ".", 2)[0])
	}
	for _, kind := range []string{"Rollout", "TraefikService", "HTTPRoute", "StatefulSet", "NetworkPolicy", "HorizontalPodAutoscaler", "PodDisruptionBudget"} {
		assert.Contains(t, kinds, kind, "the shop's output")
	}

	out, err = goIn(shopDir, "list", "-m", "all")
	require.NoError(t, err, out)
	modules := strings.Split(strings.TrimSpace(out), "\n")
	for _, m := range modules {
		assert.False(t, forbidden.MatchString(m), "the consumer's module graph holds %q", m)
	}
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	assert.True(t, strings.Contains(string(readme), fmt.Sprintf("%d modules", len(modules))),
		"the README states the consumer's module count, measured: %d (go list -m all in %s)", len(modules), shopDir)
}

// TestLibraryCannotImportTheApp is the consumer test's break-test: a library test that imports
// the application's internal/ or the early.* start-up module does not build in the library's
// module, since neither is among its requirements (the overlay adds the test for go vet alone).
func TestLibraryCannotImportTheApp(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the library")
	}
	for _, imp := range []string{"github.com/screenshot-algo/k8s/internal/k8stest", "early.screenshot-algo.io/startup"} {
		t.Run(imp, func(t *testing.T) {
			dir := t.TempDir()
			test := filepath.Join(dir, "break_test.go")
			require.NoError(t, os.WriteFile(test, []byte("package constructs_test\n\nimport _ \""+imp+"\"\n"), 0o644))
			lib, err := filepath.Abs("constructs")
			require.NoError(t, err)
			overlay, err := json.Marshal(map[string]map[string]string{"Replace": {filepath.Join(lib, "zz_break_test.go"): test}})
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "overlay.json"), overlay, 0o644))
			out, err := goIn("constructs", "vet", "-overlay", filepath.Join(dir, "overlay.json"), ".")
			require.Error(t, err, "a library test importing %s must not build", imp)
			assert.Contains(t, out, imp)
		})
	}
}

// TestLibraryAPIIsRecorded compares the constructs library's exported API with its record,
// constructs/api/constructs.api, using golang.org/x/exp's apidiff (pinned in tools/apidiff).
// Any difference, compatible or not, fails: the change goes into constructs/CHANGES.md, and
// `make api` records it, which it does only once that note changed.
func TestLibraryAPIIsRecorded(t *testing.T) {
	if testing.Short() {
		t.Skip("builds apidiff")
	}
	bin := filepath.Join(t.TempDir(), "apidiff")
	out, err := goIn(filepath.Join("tools", "apidiff"), "build", "-o", bin, "golang.org/x/exp/cmd/apidiff")
	require.NoError(t, err, out)
	cmd := exec.Command(bin, filepath.Join("api", "constructs.api"), library)
	cmd.Dir = "constructs"
	diff, err := cmd.CombinedOutput()
	require.NoError(t, err, string(diff))
	assert.Empty(t, string(diff), "the library's exported API changed since constructs/api/constructs.api: "+
		"say what changed in constructs/CHANGES.md, then run make api")
}
