package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/screenshot-algo/k8s/internal/k8stest"
)

// faultRig runs the built program against an output folder inside a throwaway git checkout.
type faultRig struct {
	bin, repo, out string
	tmp            string                       // the program's TMPDIR
	old, new       map[string]map[string]string // per environment, the two outputs a run may leave
}

// newFaultRig builds the program and records the two outputs: the old one, which each run starts
// from, and the new one, which each run writes.
func newFaultRig(t *testing.T) *faultRig {
	t.Helper()
	dir := t.TempDir()
	r := &faultRig{bin: buildProgram(t), repo: filepath.Join(dir, "repo"), tmp: filepath.Join(dir, "tmp")}
	require.NoError(t, os.MkdirAll(r.tmp, 0o755))
	r.out = filepath.Join(r.repo, "dist")
	require.NoError(t, os.MkdirAll(r.repo, 0o755))
	gitignore, err := os.ReadFile(".gitignore")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(r.repo, ".gitignore"), gitignore, 0o644))
	git := exec.Command("git", "init", "-q")
	git.Dir = r.repo
	require.NoError(t, git.Run())

	r.old, r.new = map[string]map[string]string{}, map[string]map[string]string{}
	require.Equal(t, 0, r.run(t, nil, "--image-tag", "0.9.0@sha256:"+strings.Repeat("a", 64)).code)
	for _, e := range []string{"dev", "staging", "production"} {
		r.old[e] = k8stest.ReadTree(t, filepath.Join(r.out, e))
	}
	require.Equal(t, 0, r.run(t, nil).code)
	for _, e := range []string{"dev", "staging", "production"} {
		r.new[e] = k8stest.ReadTree(t, filepath.Join(r.out, e))
		require.NotEqual(t, r.old[e], r.new[e], e)
	}
	return r
}

// buildProgram builds the program into a temporary folder and returns its path.
func buildProgram(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "screenshot-algo-k8s")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, string(out))
	return bin
}

// outcome is how one run ended.
type outcome struct {
	code   int
	stderr string
}

// run runs the program into the rig's output folder; fault, if given, acts on the running
// process (its PID, in a process group of its own) and may kill it.
func (r *faultRig) run(t *testing.T, fault func(pid int), args ...string) outcome {
	t.Helper()
	cmd := exec.Command(r.bin, append([]string{"--quiet", "--output", r.out}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Env = append(os.Environ(), "TMPDIR="+r.tmp)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	require.NoError(t, cmd.Start())
	if fault != nil {
		fault(cmd.Process.Pid)
	}
	err := cmd.Wait()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
		if ws, ok := exit.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = 128 + int(ws.Signal())
		}
	}
	return outcome{code: code, stderr: stderr.String()}
}

// reset puts the old output back, as every faulty run starts from it.
func (r *faultRig) reset(t *testing.T) {
	t.Helper()
	require.Equal(t, 0, r.run(t, nil, "--image-tag", "0.9.0@sha256:"+strings.Repeat("a", 64)).code)
}

// check asserts what every fault must leave: each dist/<env> wholly old or wholly new, and a
// checkout whose git status shows nothing but the output; and, with clean, no staging folder
// either (after a SIGKILL, the next run removes it).
func (r *faultRig) check(t *testing.T, what string, clean bool) {
	t.Helper()
	for _, e := range []string{"dev", "staging", "production"} {
		got := k8stest.ReadTree(t, filepath.Join(r.out, e))
		if !assert.True(t, equalTrees(got, r.old[e]) || equalTrees(got, r.new[e]), "%s: dist/%s is neither the old nor the new output", what, e) {
			return
		}
	}
	leftovers, err := filepath.Glob(filepath.Join(r.repo, ".dist.staging-*"))
	require.NoError(t, err)
	if clean {
		assert.Empty(t, leftovers, "%s: a staging folder is left", what)
	}
	status := exec.Command("git", "status", "--porcelain")
	status.Dir = r.repo
	out, err := status.Output()
	require.NoError(t, err)
	assert.Equal(t, "?? .gitignore\n?? dist/\n", string(out), "%s: git status shows more than the output", what)
}

func equalTrees(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// checkTemp asserts that jsii wrote nothing outside the run's own temporary folder
// (<tmp>/screenshot-algo-jsii-<pid>, internal/startup), which shows that startup ran before
// cdk8s's packages initialized. With clean, it also asserts that no ended run's folder is left.
func (r *faultRig) checkTemp(t *testing.T, what string, clean bool) {
	t.Helper()
	entries, err := os.ReadDir(r.tmp)
	require.NoError(t, err)
	for _, e := range entries {
		pid, err := strconv.Atoi(strings.TrimPrefix(e.Name(), "screenshot-algo-jsii-"))
		if !assert.NoError(t, err, "%s: %s is outside the run's own temporary folder", what, e.Name()) {
			continue
		}
		if clean {
			assert.NoError(t, syscall.Kill(pid, 0), "%s: %s is left, and its process has ended", what, e.Name())
		}
	}
}

// killAfter is a fault that sends sig to the program's process group after d.
func killAfter(d time.Duration, sig syscall.Signal, group bool) func(int) {
	return func(pid int) {
		time.Sleep(d)
		if group {
			pid = -pid
		}
		_ = syscall.Kill(pid, sig)
	}
}

// started waits until the program has made its own temporary folder in <tmp>: internal/startup
// makes it while the packages initialize, after the Go runtime and os/signal (the signals
// package) are ready, and before cdk8s's packages start jsii.
func (r *faultRig) started(pid int) {
	dir := filepath.Join(r.tmp, "screenshot-algo-jsii-"+strconv.Itoa(pid))
	for i := 0; i < 5000; i++ {
		if _, err := os.Stat(dir); err == nil {
			return
		}
		time.Sleep(100 * time.Microsecond)
	}
}

// TestFaults interrupts the real program at many points of a run, kills its Node, and holds its
// lock, and checks each time that the output is wholly old or wholly new, that nothing is left
// behind once the next run is done, and that the program says what happened in one line.
func TestFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the program about 40 times")
	}
	r := newFaultRig(t)
	delays := []time.Duration{30, 120, 220, 320, 420, 520, 620, 720}

	t.Run("SIGKILL", func(t *testing.T) {
		for _, d := range delays {
			r.reset(t)
			// The whole process group, as a supervisor's kill -9 of a job does; Node goes too.
			r.run(t, killAfter(d*time.Millisecond, syscall.SIGKILL, true))
			r.check(t, fmt.Sprintf("killed after %s", d*time.Millisecond), false)
			r.checkTemp(t, fmt.Sprintf("killed after %s", d*time.Millisecond), false)
			require.Equal(t, 0, r.run(t, nil).code, "the next run succeeds")
			r.check(t, fmt.Sprintf("the run after a kill at %s", d*time.Millisecond), true)
			r.checkTemp(t, fmt.Sprintf("the run after a kill at %s", d*time.Millisecond), true)
		}
	})

	t.Run("SIGTERM", func(t *testing.T) {
		for _, d := range append([]time.Duration{0, 5}, delays...) {
			r.reset(t)
			// The delay counts from when the program has started (r.started). 0 and 5 ms fall
			// while the packages initialize and jsii's client is made, before main runs.
			o := r.run(t, func(pid int) { r.started(pid); killAfter(d*time.Millisecond, syscall.SIGTERM, false)(pid) })
			what := fmt.Sprintf("SIGTERM after %s", d*time.Millisecond)
			r.check(t, what, true)
			assert.Contains(t, []int{0, 143}, o.code, "%s: %q", what, o.stderr)
			if o.code == 143 {
				assert.Equal(t, 1, strings.Count(o.stderr, "\n"), "%s: one line: %q", what, o.stderr)
				assert.Contains(t, o.stderr, "interrupted by terminated")
			}
			assert.NotContains(t, o.stderr, "goroutine", what)
			r.checkTemp(t, what, true)
		}
	})

	t.Run("Node killed", func(t *testing.T) {
		for _, d := range []time.Duration{50, 150, 250} {
			r.reset(t)
			o := r.run(t, func(pid int) {
				time.Sleep(d * time.Millisecond)
				for _, child := range childrenOf(pid) {
					_ = syscall.Kill(child, syscall.SIGKILL)
				}
			})
			what := fmt.Sprintf("Node killed after %s", d*time.Millisecond)
			r.check(t, what, true)
			if o.code != 0 {
				assert.Equal(t, 1, o.code, what)
				assert.Equal(t, 1, strings.Count(o.stderr, "\n"), "%s: one line: %q", what, o.stderr)
				assert.Contains(t, o.stderr, "which runs cdk8s, stopped during the synthesis", what)
				assert.NotContains(t, o.stderr, "goroutine", what)
			}
			r.checkTemp(t, what, true)
		}
	})

	t.Run("Node missing", func(t *testing.T) {
		r.reset(t)
		cmd := exec.Command(r.bin, "--quiet", "--output", r.out)
		cmd.Env = append(os.Environ(), "TMPDIR="+r.tmp, "JSII_NODE="+filepath.Join(t.TempDir(), "no-node"))
		out, err := cmd.CombinedOutput()
		require.Error(t, err)
		assert.Equal(t, 1, strings.Count(string(out), "\n"), "one line: %q", out)
		assert.Contains(t, string(out), "could not be started")
		assert.Contains(t, string(out), "run make deps to install Node 22")
		r.check(t, "Node missing", true)
	})

	t.Run("another run holds the lock", func(t *testing.T) {
		r.reset(t)
		lock, err := os.OpenFile(filepath.Join(r.repo, ".dist.lock"), os.O_RDWR|os.O_CREATE, 0o644)
		require.NoError(t, err)
		defer lock.Close()
		require.NoError(t, syscall.Flock(int(lock.Fd()), syscall.LOCK_EX))
		require.NoError(t, lock.Truncate(0))
		_, err = lock.WriteString("4242\n")
		require.NoError(t, err)
		o := r.run(t, nil)
		assert.Equal(t, 1, o.code)
		assert.Contains(t, o.stderr, "another synthesis is writing "+r.out+" (pid 4242)")
		for _, e := range []string{"dev", "staging", "production"} {
			assert.True(t, equalTrees(k8stest.ReadTree(t, filepath.Join(r.out, e)), r.old[e]), "dist/%s is untouched", e)
		}
		require.NoError(t, syscall.Flock(int(lock.Fd()), syscall.LOCK_UN))
	})
}

// childrenOf lists the processes whose parent is pid.
func childrenOf(pid int) []int {
	var out []int
	for i := 0; i < 100 && len(out) == 0; i++ {
		procs, _ := os.ReadDir("/proc")
		for _, p := range procs {
			b, err := os.ReadFile(filepath.Join("/proc", p.Name(), "stat"))
			if err != nil {
				continue
			}
			// pid (comm) state ppid ...: comm may hold spaces, so read after its ')'.
			fields := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+1:]))
			if len(fields) < 2 {
				continue
			}
			child, err1 := strconv.Atoi(p.Name())
			parent, err2 := strconv.Atoi(fields[1])
			if err1 == nil && err2 == nil && parent == pid {
				out = append(out, child)
			}
		}
		if len(out) == 0 {
			time.Sleep(10 * time.Millisecond)
		}
	}
	return out
}
