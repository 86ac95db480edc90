// Package startup readies the program for jsii before any cdk8s package initializes: it points
// jsii at the project's Node, at the project's package cache (.cache/jsii) and at a temporary
// folder named for the process.
//
// It has to run first because cdk8s's packages register their types with jsii in init(), and the
// first registration (constructs-go's) creates jsii's client: it unpacks the jsii runtime into
// the temporary folder and picks the Node binary there and then. Go initializes packages in
// import-path order as soon as their imports are ready. This package imports nothing that
// constructs-go does not import too, so it is ready no later than constructs-go, and it is a
// module of its own whose path (early.screenshot-algo.io) sorts before every github.com package,
// so it goes first. The fault test (checkTemp) fails if jsii ever writes outside that folder.
package startup

import (
	"os"
	"path/filepath"
	"strconv"

	"early.screenshot-algo.io/startup/deadpid"
	"early.screenshot-algo.io/startup/projectnode"
)

// tempPrefix names the per-process temporary folders: <tmp>/screenshot-algo-jsii-<pid>.
const tempPrefix = "screenshot-algo-jsii-"

// tempDir is this process's private temporary folder, or "" when none was made.
var tempDir string

func init() {
	root := projectnode.Root()
	if root != "" && os.Getenv("JSII_NODE") == "" {
		os.Setenv("JSII_NODE", projectnode.NodeIn(root))
	}
	if root != "" && os.Getenv(packageCacheVar) == "" {
		packageCache = filepath.Join(root, ".cache", "jsii", "packages")
		os.Setenv(packageCacheVar, packageCache)
	}
	tempDir = privateTemp(os.TempDir(), os.Getpid())
}

// packageCacheVar is where jsii's kernel keeps the cdk8s bundles it unpacked, so that later runs
// skip unpacking them (about half a second on 2 cores). By default that is ~/.cache/aws/jsii.
const packageCacheVar = "JSII_RUNTIME_PACKAGE_CACHE_ROOT"

// packageCache is the package cache the program owns, or "" when it uses someone else's.
var packageCache string

// PackageCache is the project's jsii package cache, <checkout>/.cache/jsii/packages, which the
// program checks and repairs (internal/jsiicache): "" when the program runs outside a checkout or
// the caller chose the cache through JSII_RUNTIME_PACKAGE_CACHE_ROOT.
func PackageCache() string { return packageCache }

// privateTemp points TMPDIR at <base>/screenshot-algo-jsii-<pid>, where jsii then unpacks its
// runtime and bundles. jsii's own folder names cannot be traced back to a process, so a killed
// run's leftovers could not be told from a live run's; under a folder named for the PID they can.
// It first removes the folders of processes that no longer run, never a live one's.
func privateTemp(base string, pid int) string {
	deadpid.RemoveIn(base, tempPrefix)
	dir := filepath.Join(base, tempPrefix+strconv.Itoa(pid))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return ""
	}
	os.Setenv("TMPDIR", dir)
	return dir
}

// RemoveTemp removes the private temporary folder. Call it once jsii is closed.
func RemoveTemp() {
	if tempDir != "" {
		_ = os.RemoveAll(tempDir)
	}
}
