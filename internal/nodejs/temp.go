package nodejs

import (
	"os"
	"path/filepath"
	"strconv"

	"github.com/aws/jsii-runtime-go"

	"github.com/screenshot-algo/k8s/internal/deadpid"
)

// tempPrefix names the per-process temporary folders of PrivateTemp.
const tempPrefix = "screenshot-algo-jsii-"

// PrivateTemp gives this process's jsii runtime a temporary folder of its own,
// <tmp>/screenshot-algo-jsii-<pid>: jsii unpacks its runtime and bundles into the system's
// temporary folder, under names no one can trace back to a process, so a killed run's leftovers
// could not be told from a live run's. It first removes the folders of processes that no longer
// run, never a live one's. Call it before the first cdk8s call; the returned function removes
// the folder once jsii is closed.
func PrivateTemp() (remove func()) {
	base := os.TempDir()
	deadpid.RemoveIn(base, tempPrefix)
	dir := filepath.Join(base, tempPrefix+strconv.Itoa(os.Getpid()))
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return func() {}
	}
	os.Setenv("TMPDIR", dir)
	// The client jsii made during init unpacked its runtime into the old folder; closing it,
	// before it started Node, makes the next call build one under dir.
	jsii.Close()
	return func() { _ = os.RemoveAll(dir) }
}
