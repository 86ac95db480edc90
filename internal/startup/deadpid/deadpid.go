// Package deadpid removes the folders a process named after its own PID, once that process no
// longer runs: what a killed run leaves behind, told apart from what a live run still uses.
package deadpid

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// RemoveIn removes the folders in dir named prefix+<pid>, or prefix+<pid>-<anything>, whose
// process no longer runs. A live process's folder, and anything named otherwise, stays.
func RemoveIn(dir, prefix string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || !e.IsDir() {
			continue
		}
		pidText, _, _ := strings.Cut(rest, "-")
		if pid, err := strconv.Atoi(pidText); err == nil && !Alive(pid) {
			_ = os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// Alive reports whether a process with the ID runs.
func Alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
