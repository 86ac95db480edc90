package synth

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"early.screenshot-algo.io/startup/deadpid"
)

// What keeps an interrupted or failing run from leaving anything behind, and two runs from
// writing one folder at once.
var (
	// swap is held while Write writes the staging folder and renames folders into place, and
	// by Abort, so that an interruption never lands between two renames nor leaves a folder
	// half-written.
	swap sync.Mutex
	// staging is the running Write's staging folder; aborted says Abort has run.
	staging string
	aborted bool
	// writeFile writes one output file; tests swap it to inject a failing disk.
	writeFile = os.WriteFile
)

// ErrAborted is Write's error after Abort.
var ErrAborted = errors.New("interrupted")

// Abort stops the running Write for a signal handler: it waits for a swap in progress to finish,
// so that each dist/<env> is wholly old or wholly new, removes the staging folder, and keeps any
// later swap from starting.
func Abort() {
	swap.Lock()
	aborted = true
	if staging != "" {
		_ = os.RemoveAll(staging)
		staging = ""
	}
	// Never unlocked: the process is exiting.
}

// stagingPrefix names the staging folders of one output folder; the owning process's ID follows.
func stagingPrefix(outdir string) string {
	return "." + filepath.Base(filepath.Clean(outdir)) + ".staging-"
}

// newStaging makes the run's staging folder beside outdir (a rename into place must not cross
// file systems), named with this process's ID so that a later run can tell whether its owner
// still lives.
func newStaging(outdir string) (string, error) {
	swap.Lock()
	defer swap.Unlock()
	if aborted {
		return "", ErrAborted
	}
	dir, err := os.MkdirTemp(filepath.Dir(filepath.Clean(outdir)), stagingPrefix(outdir)+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return "", err
	}
	staging = dir
	return dir, nil
}

// dropStaging removes the run's staging folder when Write ends, whatever happened.
func dropStaging(dir string) {
	swap.Lock()
	defer swap.Unlock()
	_ = os.RemoveAll(dir)
	if staging == dir {
		staging = ""
	}
}

// removeStale removes the staging folders beside outdir that runs no longer alive left behind
// (killed, say): the process ID in a folder's name is checked, so another live run's folder is
// never touched.
func removeStale(outdir string) {
	deadpid.RemoveIn(filepath.Dir(filepath.Clean(outdir)), stagingPrefix(outdir))
}

// lockOutput takes the output folder's lock, a file beside it, for the rest of the run: two
// synthesis runs never write one folder at once. The kernel drops the lock when the process
// ends, however it ends, so a killed run never blocks the next.
func lockOutput(outdir string) (unlock func(), err error) {
	path := filepath.Join(filepath.Dir(filepath.Clean(outdir)), "."+filepath.Base(filepath.Clean(outdir))+".lock")
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(path)
		f.Close()
		return nil, fmt.Errorf("another synthesis is writing %s (pid %s); wait for it to finish", outdir, strings.TrimSpace(string(holder)))
	}
	_ = f.Truncate(0)
	_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return func() { f.Close() }, nil
}
