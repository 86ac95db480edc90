package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// extraTiers is Go code added to env/ of a copy of the repository: one tier of each kind, written
// as docs/changing.md says a new tier is (a function of its scaling and resources), with names
// no real tier takes.
const extraTiers = `package env

import "github.com/screenshot-algo/k8s/constructs"

// ThrowawayService is an internal service the backend calls.
func ThrowawayService(scaling Scaling, res constructs.Resources) Tier {
	return Tier{Name: "throwaway-service", Component: "service", Port: 7000, Exposed: true, MetricsPath: "/metrics", MetricsPort: MetricsPort,
		LivenessPath: "/healthz", ReadinessPath: "/ready", Scaling: scaling, Resources: res,
		PreStopSeconds: webPreStopSeconds, DrainSeconds: webDrainSeconds, StartupSeconds: 30, Connects: []string{Redis}}
}

// ThrowawayWeb is a public web tier.
func ThrowawayWeb(scaling Scaling, res constructs.Resources) Tier {
	t := ThrowawayService(scaling, res)
	t.Name, t.Component, t.Port, t.IngressPath, t.Connects = "throwaway-web", "web", 8081, "/throwaway", []string{"backend"}
	return t
}

// ThrowawayWorker is a second worker.
func ThrowawayWorker(scaling Scaling, res constructs.Resources) Tier {
	return Tier{Name: "throwaway-worker", Component: "worker", Port: 9091, MetricsPath: "/metrics", MetricsPort: MetricsPort,
		LivenessPath: "/healthz", ReadinessPath: "/readyz", Scaling: scaling, Resources: res,
		DrainSeconds: 60, StartupSeconds: 60, Priority: Preemptible, Connects: []string{Redis, Internet}}
}
`

// addTiers edits env/environments.go of a copy as a developer adding the extra tiers would:
// each environment's Tiers gets them, the services first and the worker last, at that
// environment's sizes; the environments that run images by digest get theirs; the backend
// connects to the new service.
func addTiers(t *testing.T, src string) string {
	t.Helper()
	edits := []struct{ old, new string }{
		{"Connects: []string{Redis, Postgres},", `Connects: []string{Redis, Postgres, "throwaway-service"},`},
		{"\t\t\tFrontend(devScaling(2), devResources),", "\t\t\tThrowawayService(devScaling(2), devResources), ThrowawayWeb(devScaling(2), devResources),\n\t\t\tFrontend(devScaling(2), devResources),"},
		{"\t\t\tWorker(devScaling(3),", "\t\t\tThrowawayWorker(devScaling(2), devResources),\n\t\t\tWorker(devScaling(3),"},
		{"\t\t\tFrontend(Scaling{Min: 2, Max: 6", "\t\t\tThrowawayService(adrScaling(2), adrAppResources), ThrowawayWeb(adrScaling(2), adrAppResources),\n\t\t\tFrontend(Scaling{Min: 2, Max: 6"},
		{"\t\t\tFrontend(adrScaling(3), adrAppResources),", "\t\t\tThrowawayService(adrScaling(3), adrAppResources), ThrowawayWeb(adrScaling(3), adrAppResources),\n\t\t\tFrontend(adrScaling(3), adrAppResources),"},
		{"\t\tImageDigests: map[string]string{\n", "\t\tImageDigests: map[string]string{\n" +
			`			"throwaway-service": "sha256:1111111111111111111111111111111111111111111111111111111111111111",` + "\n" +
			`			"throwaway-web": "sha256:2222222222222222222222222222222222222222222222222222222222222222",` + "\n" +
			`			"throwaway-worker": "sha256:3333333333333333333333333333333333333333333333333333333333333333",` + "\n"},
	}
	for _, e := range edits {
		require.Contains(t, src, e.old, "env/environments.go changed: update addTiers to add the tiers where a developer would")
		src = strings.ReplaceAll(src, e.old, e.new)
	}
	// The second worker goes last in staging and production.
	src = strings.ReplaceAll(src, "sandboxedWorkers),\n\t\t},", "sandboxedWorkers),\n\t\t\tisolated(ThrowawayWorker(adrScaling(1), adrAppResources), sandboxedWorkers),\n\t\t},")
	return src
}

// TestAddingTiersBreaksNoTest does in a copy of the repository what docs/changing.md says adding
// a tier takes: an internal service that the backend calls and a public web tier at the head of
// every environment's Tiers, a worker at its end, in env/environments.go alone, then
// `make snapshots`. Every test of the short suite must still pass there, unedited: tests take
// their lists, counts and messages from the model and find tiers by name. (verify's
// TestAddATier checks the new tiers' objects against the API server.)
func TestAddingTiersBreaksNoTest(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and tests a copy of the repository")
	}
	copyDir := t.TempDir()
	files, err := exec.Command("git", "ls-files", "-z").Output()
	require.NoError(t, err, "git ls-files")
	for _, f := range strings.Split(strings.TrimRight(string(files), "\x00"), "\x00") {
		if _, err := os.Lstat(f); err != nil {
			continue // deleted in the working tree
		}
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		dst := filepath.Join(copyDir, f)
		require.NoError(t, os.MkdirAll(filepath.Dir(dst), 0o755))
		require.NoError(t, os.WriteFile(dst, b, 0o644))
	}
	root, err := filepath.Abs(".")
	require.NoError(t, err)
	require.NoError(t, os.Symlink(filepath.Join(root, "node_modules"), filepath.Join(copyDir, "node_modules")))

	path := filepath.Join(copyDir, "env", "environments.go")
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(path, []byte(addTiers(t, string(src))), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(copyDir, "env", "throwaway.go"), []byte(extraTiers), 0o644))

	run := func(env []string, args ...string) {
		t.Helper()
		cmd := exec.Command(args[0], args[1:]...)
		cmd.Dir = copyDir
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, "%s, in a copy with the new tiers:\n%s", strings.Join(args, " "), out)
	}
	// make snapshots, without make's dependency check (node_modules is this clone's).
	run([]string{"UPDATE_SNAPSHOTS=1"}, "go", "test", "-run", "TestSnapshots", ".")
	run(nil, "go", "run", ".", "--quiet")
	run(nil, "go", "test", "-short", "-count=1", "./...")
}
