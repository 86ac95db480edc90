package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/screenshot-algo/k8s"

// library is the constructs library's module, which this one requires (constructs/go.mod).
const library = module + "/constructs"

// projectImports maps each package of the module to the module's packages it imports, its
// tests' imports included, as `go list` reports them.
func projectImports(t *testing.T) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-f",
		`{{.ImportPath}} {{join .Imports " "}} {{join .TestImports " "}} {{join .XTestImports " "}}`, "./...").CombinedOutput()
	require.NoError(t, err, string(out))
	imports := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		pkg := strings.TrimPrefix(strings.TrimPrefix(fields[0], module), "/")
		for _, imp := range fields[1:] {
			if imp, ok := strings.CutPrefix(imp, module+"/"); ok && imp != pkg && !slices.Contains(imports[pkg], imp) {
				imports[pkg] = append(imports[pkg], imp)
			}
		}
	}
	return imports
}

// TestLayers keeps the layering that lets each part be read alone: constructs is a library, a
// module of its own that knows nothing of this app (TestLibraryStandsAlone); env, the model,
// builds only on constructs; charts, which composes the two, is reached only through synth, by
// the command and by its own tests.
func TestLayers(t *testing.T) {
	imports := projectImports(t)
	require.Contains(t, imports["charts"], "env", "go list sees charts build on env")
	for pkg, deps := range imports {
		for _, dep := range deps {
			if strings.HasPrefix(dep, "imports/") || strings.HasPrefix(dep, "internal/") {
				continue // generated bindings and test tooling
			}
			switch {
			case pkg == "env" && dep != "constructs":
				assert.Fail(t, "env imports "+dep, "the model builds only on constructs")
			case dep == "charts" && pkg != "synth" && pkg != "charts":
				assert.Fail(t, pkg+" imports charts", "only synth composes the charts; read the model from env")
			}
		}
	}
}

// TestLibraryStandsAlone: the constructs library's module requires nothing of this
// application, and none of its packages or their tests imports a package outside it but its
// requirements': no internal/ of the app, no early.* path. A module that requires the library
// could resolve neither.
func TestLibraryStandsAlone(t *testing.T) {
	cmd := exec.Command("go", "list", "-m", "-f", `{{.Path}}`, "all")
	cmd.Dir = "constructs"
	requires, err := cmd.CombinedOutput()
	require.NoError(t, err, string(requires))
	for _, m := range strings.Fields(string(requires)) {
		if m != library && (strings.HasPrefix(m, module) || strings.HasPrefix(m, "early.")) {
			assert.Fail(t, "the library's module graph holds "+m, "the library requires nothing of the app")
		}
	}
	cmd = exec.Command("go", "list", "-test", "-deps", "-f", `{{.ImportPath}}`, "./...")
	cmd.Dir = "constructs"
	deps, err := cmd.CombinedOutput()
	require.NoError(t, err, string(deps))
	require.Contains(t, string(deps), library+"/imports/argoproj_argoprojio", "go list sees the library's bindings")
	for _, dep := range strings.Fields(string(deps)) {
		if (strings.HasPrefix(dep, module+"/") && !strings.HasPrefix(dep, library)) || strings.HasPrefix(dep, "early.") {
			assert.Fail(t, "the library imports "+dep, "the library's packages and tests import nothing of the app")
		}
	}
}

// TestJSIIIsClosedByEveryTestBinary: a test binary that links jsii unpacks its runtime into the
// temporary folder as it starts, and leaves it there unless its TestMain closes jsii.
func TestJSIIIsClosedByEveryTestBinary(t *testing.T) {
	pkgs, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{.Dir}} {{len .TestGoFiles}} {{len .XTestGoFiles}}`, "./...", library+"/...").CombinedOutput()
	require.NoError(t, err, string(pkgs))
	for _, line := range strings.Split(strings.TrimSpace(string(pkgs)), "\n") {
		var pkg, dir string
		var tests, xtests int
		_, err := fmt.Sscan(line, &pkg, &dir, &tests, &xtests)
		require.NoError(t, err, line)
		if tests+xtests == 0 {
			continue
		}
		deps, err := exec.Command("go", "list", "-test", "-deps", pkg).CombinedOutput()
		require.NoError(t, err, string(deps))
		if !strings.Contains(string(deps), "github.com/aws/jsii-runtime-go\n") {
			continue
		}
		files, err := filepath.Glob(filepath.Join(dir, "*_test.go"))
		require.NoError(t, err)
		found := false
		for _, f := range files {
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			found = found || strings.Contains(string(b), "func TestMain(")
		}
		assert.True(t, found, "%s links jsii but no TestMain closes it", dir)
	}
}

// TestOnlyTheProgramRunsStartup: internal/startup and its signals package change the process in
// init() (TMPDIR, JSII_NODE, signal handling), which only the program wants. A test binary or
// tool that linked them would leave a temporary folder behind and swallow Ctrl-C; the root
// package's own tests undo both in TestMain.
func TestOnlyTheProgramRunsStartup(t *testing.T) {
	out, err := exec.Command("go", "list", "-test", "-deps", "-f", `{{.ImportPath}}`, "./...").CombinedOutput()
	require.NoError(t, err, string(out))
	deps, err := exec.Command("go", "list", "-test", "-f", `{{.ImportPath}}: {{join .Deps " "}}`, "./...").CombinedOutput()
	require.NoError(t, err, string(deps))
	require.Contains(t, string(out), "early.screenshot-algo.io/startup/signals", "go list sees the program use startup")
	for _, line := range strings.Split(strings.TrimSpace(string(deps)), "\n") {
		pkg, list, _ := strings.Cut(line, ": ")
		if pkg == module || strings.HasPrefix(pkg, module+" ") || strings.HasPrefix(pkg, module+".test") {
			continue // the program, and its own tests
		}
		for _, dep := range strings.Fields(list) {
			if dep == "early.screenshot-algo.io/startup" || dep == "early.screenshot-algo.io/startup/signals" {
				assert.Fail(t, pkg+" links "+dep, "only the program runs startup; tests find Node through internal/nodejs")
			}
		}
	}
}
