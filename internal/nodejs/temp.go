package nodejs

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/aws/jsii-runtime-go"
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
	removeDead(base)
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

// removeDead removes the PrivateTemp folders in base whose process no longer runs.
func removeDead(base string) {
	entries, err := os.ReadDir(base)
	if err != nil {
		return
	}
	for _, e := range entries {
		pidText, ok := strings.CutPrefix(e.Name(), tempPrefix)
		if !ok || !e.IsDir() {
			continue
		}
		if pid, err := strconv.Atoi(pidText); err == nil && !alive(pid) {
			_ = os.RemoveAll(filepath.Join(base, e.Name()))
		}
	}
}

// alive reports whether a process with the ID runs.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
